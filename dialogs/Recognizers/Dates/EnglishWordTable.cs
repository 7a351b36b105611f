namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Single lower-case words with a value each ("ninth" = 9), found with one lookup of the word at a position instead of
/// trying every word in turn. A word matches exactly where <see cref="EnglishText.WordAt(string, int, string, out int)"/>
/// would find it: the letters at the position are the whole word and no digit follows.
/// </summary>
internal sealed class EnglishWordTable
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public EnglishWordTable(params (string Word, int Value)[] entries)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, value) in entries)
        {
            if (word.Length == 0 || !word.All(char.IsAsciiLetterLower))
            {
                throw new ArgumentException($"Only single lower-case words can be looked up whole: '{word}'.", nameof(entries));
            }

            values.Add(word, value);
        }

        lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryWordAt(string s, int i, out int end, out int value)
    {
        end = i;
        var wordEnd = i;
        while (wordEnd < s.Length && char.IsAsciiLetter(s[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == i || (wordEnd < s.Length && char.IsAsciiDigit(s[wordEnd])) || !lookup.TryGetValue(s.AsSpan(i, wordEnd - i), out value))
        {
            value = 0;
            return false;
        }

        end = wordEnd;
        return true;
    }
}
