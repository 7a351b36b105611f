using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// Which figure of a message the conversation takes as the amount, beyond what the recognizers read:
/// <list type="bullet">
/// <item>words that hold a numeral without counting ("二维码", "一半", "the one in chat") are not numbers;</item>
/// <item>in the opening story, a number that stands as its own clause ("转错了 3800", "wrong person. 500.") is the
/// amount, as it is after "how much?"; in English, where figures sit among words, the largest figure of 100 or
/// more;</item>
/// <item>a vague figure ("三万多", "几百", "20-odd k", "over 300") is not taken: the bot asks rather than plan on a guess.</item>
/// </list>
/// </summary>
internal static class AmountPolicy
{
    public static string WithoutFalseNumbers(string text, Vocabulary vocabulary) => vocabulary.NotNumbers.Mask(text);

    public static ExtractedSituation Apply(ExtractedSituation read, Func<ExtractedSituation> readExpectingAmount, string text, Vocabulary vocabulary, bool opening)
    {
        if (read.Amount is null && opening && readExpectingAmount() is { Amount: not null, AmountSpan: { } span } story
            && (StandsAlone(text, span) || (vocabulary.Language == Language.EnUs && story.Amount.Value >= MinStoryFigure)))
        {
            read = read with { Amount = story.Amount, AmountSpan = span, ConsumedSpans = [.. read.ConsumedSpans, span] };
        }

        return read.AmountSpan is { } amountSpan && IsVague(text, amountSpan, vocabulary) ? read with { Amount = null } : read;
    }

    /// <summary>Nothing but spaces and punctuation between the number and the clause's edges.</summary>
    private static bool StandsAlone(string text, TextSpan span)
    {
        var before = span.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = span.EndExclusive;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        var spacedBefore = before < span.Start - 1;
        var spacedAfter = after > span.EndExclusive;
        return (before < 0 || IsPunctuation(text[before]) || (spacedBefore && !char.IsAsciiLetter(text[before])))
            && (after >= text.Length || IsPunctuation(text[after]) || (spacedAfter && !char.IsAsciiLetter(text[after])));
    }

    private static bool IsVague(string text, TextSpan span, Vocabulary vocabulary)
    {
        var figure = text.Substring(span.Start, span.Length);
        var before = text[Math.Max(0, span.Start - MarkerReach)..span.Start].TrimEnd();
        var after = text[span.EndExclusive..Math.Min(text.Length, span.EndExclusive + MarkerReach)].TrimStart();
        return vocabulary.VagueInside.Matches(figure)
            || vocabulary.VagueBefore.AllHits(before).Any(h => h.Index + h.Phrase.Length == before.Length)
            || vocabulary.VagueAfter.AllHits(after).Any(h => h.Index == 0);
    }

    private const int MarkerReach = 10;

    /// <summary>
    /// In an English story the figures sit among words ("a 2000 transfer", "put in 60,000"); the largest one that is
    /// not a time is the amount, unless it is small enough to be a count or an age.
    /// </summary>
    private const decimal MinStoryFigure = 100m;

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c) && c is not ('¥' or '$' or '￥');
}
