using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Finds lexicon phrases in normalized text. Chinese phrases match anywhere; phrases written in Latin
/// letters match whole words only, so "no" does not match "not" or "know" (a Chinese character next to them is
/// a word boundary: "对方已经accept了").
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly (string Phrase, Regex? WordPattern)[] _phrases;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _phrases = phrases
            .Select(TextNormalizer.Normalize)
            .Where(p => p.Length > 0)
            .Select(p => (p, HasLatinLetter(p) ? WholeWords(p) : null))
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

    /// <summary>The longest phrase the message starts with (after punctuation is trimmed).</summary>
    public PhraseHit? FindAtStart(string normalizedText)
    {
        var text = TextNormalizer.TrimPunctuation(normalizedText);
        PhraseHit? longest = null;
        foreach (var (phrase, pattern) in _phrases)
        {
            if (phrase.Length > (longest?.Phrase.Length ?? 0) && IndexOf(text, phrase, pattern) == 0)
            {
                longest = new PhraseHit(phrase, 0);
            }
        }

        return longest;
    }

    /// <summary>
    /// Every place a phrase occurs, longer phrases first: a shorter phrase inside a longer one that was found
    /// ("收款" inside "还没收款") is not reported again.
    /// </summary>
    public IReadOnlyList<PhraseHit> AllHits(string normalizedText)
    {
        var hits = new List<PhraseHit>();
        foreach (var (phrase, pattern) in _phrases.OrderByDescending(p => p.Phrase.Length))
        {
            foreach (var index in Occurrences(normalizedText, phrase, pattern))
            {
                if (!hits.Exists(h => index < h.Index + h.Phrase.Length && h.Index < index + phrase.Length))
                {
                    hits.Add(new PhraseHit(phrase, index));
                }
            }
        }

        hits.Sort((a, b) => a.Index.CompareTo(b.Index));
        return hits;
    }

    /// <summary>The text with every phrase replaced by underscores of the same length (positions are kept).</summary>
    public string Mask(string normalizedText)
    {
        var masked = normalizedText;
        foreach (var hit in AllHits(normalizedText))
        {
            masked = string.Concat(masked.AsSpan(0, hit.Index), new string('_', hit.Phrase.Length), masked.AsSpan(hit.Index + hit.Phrase.Length));
        }

        return masked;
    }

    private static IEnumerable<int> Occurrences(string text, string phrase, Regex? wordPattern)
    {
        if (wordPattern is not null)
        {
            foreach (Match match in wordPattern.Matches(text))
            {
                yield return match.Index;
            }

            yield break;
        }

        for (var index = text.IndexOf(phrase, StringComparison.Ordinal); index >= 0; index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal))
        {
            yield return index;
        }
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

    /// <summary>A boundary is required only where the phrase begins or ends with a letter or digit.</summary>
    private static Regex WholeWords(string phrase)
    {
        var start = char.IsAsciiLetterOrDigit(phrase[0]) ? "(?<![a-z0-9])" : string.Empty;
        var end = char.IsAsciiLetterOrDigit(phrase[^1]) ? "(?![a-z0-9])" : string.Empty;
        return new Regex(start + Regex.Escape(phrase) + end, RegexOptions.CultureInvariant);
    }

    private static bool HasLatinLetter(string phrase) => phrase.Any(c => c is >= 'a' and <= 'z');
}

/// <summary>A phrase found in the text at <paramref name="Index"/>.</summary>
internal sealed record PhraseHit(string Phrase, int Index);
