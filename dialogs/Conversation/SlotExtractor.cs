using System.Text;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Mines one message for every slot at once: kind, time, amount, what the recipient did and why.
/// The question the bot just asked (<paramref name="expecting"/>) only widens what counts as an answer
/// ("500" alone is an amount after "how much?", "没有" is "not accepted" after "has it been accepted?").
/// </summary>
internal sealed class SlotExtractor(IAmountAndTimeReader reader)
{
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(2);

    /// <param name="figureIsAmount">A bare figure is the amount even though the pending question is another ("不对，是八百").</param>
    public SlotFindings Extract(string normalizedText, Vocabulary vocabulary, Language language, UserClock clock, Slot? expecting, RecoveryCase known, bool figureIsAmount = false)
    {
        var amountExpected = figureIsAmount || expecting is Slot.Amount or Slot.Confirm;
        var figures = AmountPolicy.WithoutFalseNumbers(normalizedText, vocabulary);
        var reference = clock.LocalWallClock;
        var read = reader.Read(figures, language, reference, amountExpected);
        if (read.SentAt is { NamesOnlyTimeOfDay: true } && KnownDayReference(expecting, known, clock) is { } dayReference)
        {
            reference = dayReference;
            read = reader.Read(figures, language, reference, amountExpected);
        }

        read = AmountPolicy.Apply(read, () => reader.Read(figures, language, reference, amountExpected: true), figures, vocabulary, opening: expecting is null);
        var rest = Blank(normalizedText, read.ConsumedSpans);

        var (kind, action, reason) = CueReader.Read(rest, vocabulary, expecting, known);

        // A bare yes/no answers the recipient question; "不对，是前天" corrects something else and answers nothing.
        var saysSomethingElse = kind is not null || reason is not null || read.Amount is not null || read.SentAt is not null;
        action ??= expecting == Slot.RecipientAction && !saysSomethingElse ? FromYesNo(vocabulary.FindYesNo(rest), kind ?? known.Kind) : null;

        var mistake = MistakeReader.Read(normalizedText, vocabulary, kind, known);
        var findings = new SlotFindings(Kind: kind, Amount: Plausible(read.Amount), RecipientAction: action, Reason: reason, Mistake: mistake);
        return read.SentAt is { } time ? KeepTimeOfDay(WithTime(findings, time, clock), known, clock) : findings;
    }

    /// <summary>
    /// "昨天晚上8点多" then "不对，是前天": a message that names only the day moves the time already known to that day,
    /// unless that would put it in the future.
    /// </summary>
    private static SlotFindings KeepTimeOfDay(SlotFindings findings, RecoveryCase known, UserClock clock)
    {
        if (findings is not { SentAt: { } day, SentAtPrecision: SentAtPrecision.DayOnly }
            || known is not { SentAt: { } before, SentAtPrecision: not SentAtPrecision.DayOnly })
        {
            return findings;
        }

        var moved = clock.FromWallClock(clock.ToLocal(day).Date + clock.ToLocal(before).TimeOfDay);
        return moved > clock.LocalNow ? findings : findings with { SentAt = moved, SentAtPrecision = known.SentAtPrecision };
    }

    /// <summary>
    /// Zero, negative or astronomically large amounts are typing slips, not a payment to plan for
    /// (the bound is a sanity check, not a WeChat limit).
    /// </summary>
    private static Money? Plausible(Money? amount) =>
        amount is { Value: > 0m and <= MaxPlausibleAmount } ? amount : null;

    private const decimal MaxPlausibleAmount = 100_000_000m;

    /// <summary>
    /// When the bot asked for the hour of a day it already knows, a bare "晚上8点" belongs to that day, not to today.
    /// Only a bare time of day: an answer that names a day ("前天晚上8点", "3个小时前") is read against now, or it would
    /// move back a second time.
    /// </summary>
    private static DateTime? KnownDayReference(Slot? expecting, RecoveryCase known, UserClock clock)
    {
        if (expecting == Slot.SentAt && known is { SentAtPrecision: SentAtPrecision.DayOnly, SentAt: { } day })
        {
            var endOfDay = clock.ToLocal(day).Date.AddDays(1).AddSeconds(-1);
            return endOfDay < clock.LocalWallClock ? endOfDay : clock.LocalWallClock;
        }

        return null;
    }

    private static SlotFindings WithTime(SlotFindings findings, TimeReading time, UserClock clock)
    {
        var now = clock.LocalWallClock;
        if (time.Start > now + FutureTolerance)
        {
            return findings with { SentAtInFuture = true };
        }

        var length = time.End - time.Start;
        DateTime local;
        SentAtPrecision precision;
        if (!time.HasTimeOfDay)
        {
            local = time.Start.Date.AddHours(12);
            precision = SentAtPrecision.DayOnly;
        }
        else if (length <= TimeSpan.FromMinutes(1))
        {
            local = time.Start;
            precision = SentAtPrecision.Exact;
        }
        else
        {
            local = time.Likely ?? (length <= TimeSpan.FromHours(2) ? time.Start : time.Start + (length / 2));
            precision = SentAtPrecision.Approximate;
        }

        if (local > now)
        {
            local = now;
        }

        return findings with { SentAt = clock.FromWallClock(local), SentAtPrecision = precision };
    }

    /// <summary>
    /// "Yes"/"no" to the recipient question. For red packets and transfers the question is "has it been
    /// taken?"; for payments that arrive at once it is "has it been returned?".
    /// </summary>
    private static RecipientAction? FromYesNo(bool? yes, PaymentKind? kind)
    {
        if (yes is null)
        {
            return null;
        }

        return QuestionFamily.For(kind) == RecipientQuestion.Pending
            ? (yes.Value ? RecipientAction.Accepted : RecipientAction.NotAccepted)
            : (yes.Value ? RecipientAction.Returned : RecipientAction.Accepted);
    }

    private static string Blank(string text, IReadOnlyList<TextSpan> spans)
    {
        if (spans.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var span in spans)
        {
            for (var i = Math.Max(0, span.Start); i < span.EndExclusive && i < builder.Length; i++)
            {
                if (IsFigure(builder[i]))
                {
                    builder[i] = ' ';
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Only the figures of an amount or a time are blanked ("10分钟前" is not "分"); the words around them stay
    /// for the cues ("charged me twice, 256 each" still says the shop charged twice).
    /// </summary>
    private static bool IsFigure(char c) => char.IsAsciiDigit(c) || FigureCharacters.Contains(c, StringComparison.Ordinal);

    private const string FigureCharacters = "零〇一二两三四五六七八九十百千万亿元块毛角分钱点时刻半.,:$¥￥";
}
