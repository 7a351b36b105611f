using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// A correction that names both values ("不是500，是5000", "应该是昨天不是今天", "it wasn't a transfer, it
/// was a red packet", "it was 5000, not 500") must give the affirmed one. The readers take the first or
/// the longest value they see, which may be the negated one; so the negated clause is blanked out (with
/// spaces, keeping positions) before the message is read. Only a clause set against an affirmed one is
/// blanked: "他还没收款" or "he has not accepted it" keep their negation.
/// </summary>
internal static partial class CorrectionReader
{
    /// <summary>
    /// The message with its negated clauses blanked out. When a negated clause names the amount the bot
    /// has ("不是500，是5000"), the message corrects the amount: a bare number in it is an amount, as if
    /// the bot had just asked how much.
    /// </summary>
    public static CorrectionReading Read(string normalizedText, Language language, RecoveryCase known)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(known);
        var patterns = language == Language.EnUs ? English : Chinese;
        var text = normalizedText;
        var negatesAmount = false;
        foreach (var pattern in patterns)
        {
            text = pattern.Replace(text, match =>
            {
                var negated = match.Groups["negated"];
                negatesAmount |= known.Amount is { } amount && Numbers().Matches(negated.Value).Any(n => decimal.TryParse(n.Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value == amount.Value);
                var before = match.Value[..(negated.Index - match.Index)];
                var after = match.Value[(negated.Index - match.Index + negated.Length)..];
                return before + new string(' ', negated.Length) + after;
            });
        }

        return new CorrectionReading(text, negatesAmount);
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    private static readonly Regex[] Chinese = [NegatedThenAffirmedZh(), AffirmedThenNegatedZh()];

    private static readonly Regex[] English = [NegatedThenAffirmedEn(), AffirmedThenNegatedEn()];

    /// <summary>"不是500，是5000", "不是红包是转账", "不是发错了，而是被骗了".</summary>
    [GeneratedRegex(@"(?<negated>不是[^，,。；;！!？?是]+?)(?=[，,]?\s*(?:而是|应该是|是))", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedThenAffirmedZh();

    /// <summary>"应该是昨天不是今天", "是5000，不是500".</summary>
    [GeneratedRegex(@"(?<=(?:^|[^不])是[^，,。；;！!？?]+?[，,]?\s*)(?<negated>不是[^，,。；;！!？?]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AffirmedThenNegatedZh();

    /// <summary>
    /// "not 500, it was 5000", "it wasn't a transfer it was a red packet", "no, not 500 but 5000": the
    /// affirmed clause must be marked ("but", "it was"), so "not accepted yet, I sent it at 8" keeps its "not".
    /// </summary>
    [GeneratedRegex(
        @"(?:^|(?<=[,;.!?]\s*)|(?<=\bno\s*,?\s*)|(?<=\b(?:it|that)\s+)|(?<=\b(?:it's|that's|it\s+is|it\s+was)\s+))(?<negated>(?:not|wasn't|isn't)\s+[^,;.!?]+?)(?=\s*[,;]?\s*(?:but|it\s+was|it's|it\s+is|rather|was)\s+\S)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NegatedThenAffirmedEn();

    /// <summary>"it was 5000, not 500", "it should be yesterday not today".</summary>
    [GeneratedRegex(
        @"(?<=\b(?:it\s+was|it's|it\s+is|should\s+be)\s+(?:(?!\b(?:and|he|she|they|i|did|does|has|have|had|but)\b)[^,;.!?])+?[,;]?\s+)(?<negated>(?:not|rather\s+than|instead\s+of)\s+[^,;.!?]+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AffirmedThenNegatedEn();
}

/// <summary>The message to read, and whether it corrects the amount (so a bare number in it is one).</summary>
internal sealed record CorrectionReading(string Text, bool CorrectsAmount);
