using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Finds lexicon phrases in normalized text. Chinese phrases match anywhere; phrases written in Latin
/// letters match whole words only, so "no" does not match "not" or "know".
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly (string Phrase, Regex? WordPattern)[] _phrases;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _phrases = phrases
            .Select(TextNormalizer.Normalize)
            .Where(p => p.Length > 0)
            .Select(p => (p, HasLatinLetter(p) ? new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(p) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant) : null))
            .ToArray();
    }

    public IReadOnlyList<string> Phrases => _phrases.Select(p => p.Phrase).ToArray();

    /// <summary>The first phrase (in lexicon order) found in the text, with its position.</summary>
    public PhraseHit? FindFirst(string normalizedText)
    {
        foreach (var (phrase, pattern) in _phrases)
        {
            var index = IndexOf(normalizedText, phrase, pattern);
            if (index >= 0)
            {
                return new PhraseHit(phrase, index);
            }
        }

        return null;
    }

    public bool Matches(string normalizedText) => FindFirst(normalizedText) is not null;

    /// <summary>The length of the longest phrase found in the text, or 0.</summary>
    public int LongestMatch(string normalizedText) => LongestHit(normalizedText)?.Phrase.Length ?? 0;

    /// <summary>The longest phrase found in the text, with its position.</summary>
    public PhraseHit? LongestHit(string normalizedText)
    {
        PhraseHit? longest = null;
        foreach (var (phrase, pattern) in _phrases)
        {
            if (phrase.Length > (longest?.Phrase.Length ?? 0) && IndexOf(normalizedText, phrase, pattern) is var index and >= 0)
            {
                longest = new PhraseHit(phrase, index);
            }
        }

        return longest;
    }

    /// <summary>True when the message starts with one of the phrases (after punctuation is trimmed).</summary>
    public PhraseHit? FindAtStart(string normalizedText)
    {
        var text = TextNormalizer.TrimPunctuation(normalizedText);
        foreach (var (phrase, pattern) in _phrases)
        {
            if (IndexOf(text, phrase, pattern) == 0)
            {
                return new PhraseHit(phrase, 0);
            }
        }

        return null;
    }

    /// <summary>The text with every occurrence of every phrase blanked out, longest phrases first.</summary>
    public string RemoveAll(string normalizedText)
    {
        var text = normalizedText;
        foreach (var (phrase, pattern) in _phrases.OrderByDescending(p => p.Phrase.Length))
        {
            text = pattern is null ? text.Replace(phrase, " ", StringComparison.Ordinal) : pattern.Replace(text, " ");
        }

        return text;
    }

    private static int IndexOf(string text, string phrase, Regex? wordPattern)
    {
        if (wordPattern is null)
        {
            return text.IndexOf(phrase, StringComparison.Ordinal);
        }

        var match = wordPattern.Match(text);
        return match.Success ? match.Index : -1;
    }

    private static bool HasLatinLetter(string phrase) => phrase.Any(c => c is >= 'a' and <= 'z');
}

/// <summary>A phrase found in the text at <paramref name="Index"/>.</summary>
internal sealed record PhraseHit(string Phrase, int Index);
