namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Word-level reading helpers over lower-cased English text.</summary>
internal static class EnglishText
{
    public static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }

    public static bool IsWordStart(string s, int i) => i == 0 || !char.IsAsciiLetterOrDigit(s[i - 1]);

    /// <summary>The word <paramref name="word"/> (may contain spaces) at <paramref name="i"/>, ending at a word boundary.</summary>
    public static bool WordAt(string s, int i, string word, out int end)
    {
        end = i;
        if (i >= s.Length || s[i] != word[0] || !s.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        var after = i + word.Length;
        if (after < s.Length && char.IsAsciiLetterOrDigit(s[after]) && char.IsAsciiLetterOrDigit(word[^1]))
        {
            return false;
        }

        end = after;
        return true;
    }

    public static bool WordAt(string s, int i, string word) => WordAt(s, i, word, out _);

    public static bool AnyWordAt(string s, int i, ReadOnlySpan<string> words) => AnyWordAt(s, i, words, out _, out _);

    /// <summary>The first of <paramref name="words"/> found at <paramref name="i"/>; list longer words first.</summary>
    public static bool AnyWordAt(string s, int i, ReadOnlySpan<string> words, out int end, out string found)
    {
        foreach (var word in words)
        {
            if (WordAt(s, i, word, out end))
            {
                found = word;
                return true;
            }
        }

        end = i;
        found = string.Empty;
        return false;
    }
}
