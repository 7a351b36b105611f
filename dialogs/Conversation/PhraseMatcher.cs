using System.Text;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Finds lexicon phrases in normalized text. Chinese phrases match anywhere; phrases written in Latin
/// letters match whole words only, so "no" does not match "not" or "know" (a Chinese character next to them is
/// a word boundary: "对方已经accept了").
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly (string Phrase, Bounds Bounds)[] _phrases;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _phrases = phrases
            .Select(TextNormalizer.Normalize)
            .Where(p => p.Length > 0)
            .Select(p => (p, BoundsOf(p)))
            .ToArray();
    }

    /// <summary>Where a phrase must meet a word boundary: only a Latin phrase, only at an end that is a letter or digit.</summary>
    private readonly record struct Bounds(bool AtStart, bool AtEnd);

    public IReadOnlyList<string> Phrases => _phrases.Select(p => p.Phrase).ToArray();

    /// <summary>The first phrase (in lexicon order) found in the text, with its position.</summary>
    public PhraseHit? FindFirst(string normalizedText)
    {
        foreach (var (phrase, bounds) in _phrases)
        {
            var index = IndexOf(normalizedText, phrase, bounds);
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
        foreach (var (phrase, bounds) in _phrases)
        {
            if (phrase.Length > (longest?.Phrase.Length ?? 0) && IndexOf(normalizedText, phrase, bounds) is var index and >= 0)
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
        foreach (var (phrase, bounds) in _phrases)
        {
            if (phrase.Length > (longest?.Phrase.Length ?? 0) && IndexOf(text, phrase, bounds) == 0)
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
        foreach (var (phrase, bounds) in _phrases.OrderByDescending(p => p.Phrase.Length))
        {
            foreach (var index in Occurrences(normalizedText, phrase, bounds))
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

    private static IEnumerable<int> Occurrences(string text, string phrase, Bounds bounds)
    {
        for (var index = IndexOf(text, phrase, bounds, 0); index >= 0; index = IndexOf(text, phrase, bounds, index + 1))
        {
            yield return index;
        }
    }

    /// <summary>The text with every occurrence of every phrase blanked out, longest phrases first.</summary>
    public string RemoveAll(string normalizedText) => Replace(normalizedText, " ");

    /// <summary>The text with every phrase taken out and the words around it closed up ("活着真没意思" → "活着没意思").</summary>
    public string CloseUp(string normalizedText) => string.Join(' ', Replace(normalizedText, string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private string Replace(string normalizedText, string replacement)
    {
        var text = normalizedText;
        foreach (var (phrase, bounds) in _phrases.OrderByDescending(p => p.Phrase.Length))
        {
            var builder = new StringBuilder(text.Length);
            var from = 0;
            for (var index = IndexOf(text, phrase, bounds, 0); index >= 0; index = IndexOf(text, phrase, bounds, from))
            {
                builder.Append(text, from, index - from).Append(replacement);
                from = index + phrase.Length;
            }

            text = builder.Append(text, from, text.Length - from).ToString();
        }

        return text;
    }

    private static int IndexOf(string text, string phrase, Bounds bounds, int from = 0)
    {
        for (var index = text.IndexOf(phrase, from, StringComparison.Ordinal); index >= 0; index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal))
        {
            var startOk = !bounds.AtStart || index == 0 || !IsWordCharacter(text[index - 1]);
            var end = index + phrase.Length;
            var endOk = !bounds.AtEnd || end == text.Length || !IsWordCharacter(text[end]);
            if (startOk && endOk)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>A Latin phrase needs a boundary at an end that is a letter or digit ("no" is not in "not").</summary>
    private static Bounds BoundsOf(string phrase) => HasLatinLetter(phrase)
        ? new Bounds(char.IsAsciiLetterOrDigit(phrase[0]), char.IsAsciiLetterOrDigit(phrase[^1]))
        : default;

    /// <summary>Only Latin letters and digits continue a word; a Chinese character next to "accept" is a boundary.</summary>
    private static bool IsWordCharacter(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    private static bool HasLatinLetter(string phrase) => phrase.Any(c => c is >= 'a' and <= 'z');
}

/// <summary>A phrase found in the text at <paramref name="Index"/>.</summary>
internal sealed record PhraseHit(string Phrase, int Index);
