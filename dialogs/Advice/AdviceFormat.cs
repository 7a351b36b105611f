using System.Globalization;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>Amounts, dates and spans of time as the advice shows them, in the user's language and local time.</summary>
internal static class AdviceFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Yuan(TurnContext context, decimal value) => context.Display.Amount(new Money(value, "CNY"));

    /// <summary>A calendar date with its year ("2029年11月23日", "November 23, 2029"), for limits months or years away.</summary>
    public static string LongDate(TurnContext context, DateTimeOffset moment)
    {
        var local = context.Clock.ToLocal(moment);
        return context.Language == Language.EnUs
            ? local.ToString("MMMM d, yyyy", English)
            : local.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
    }

    /// <summary>A date with its time of day, for documents that are read long after ("2026年11月23日 17:15").</summary>
    public static string LongMoment(TurnContext context, DateTimeOffset moment, SentAtPrecision precision)
    {
        var date = LongDate(context, moment);
        var time = context.Clock.ToLocal(moment).ToString("HH:mm", CultureInfo.InvariantCulture);
        return precision switch
        {
            SentAtPrecision.DayOnly => date,
            SentAtPrecision.Approximate => context.T("doc.moment.approximate", ("date", date), ("time", time)),
            _ => context.T("doc.moment.exact", ("date", date), ("time", time)),
        };
    }

    /// <summary>Hours-long limits show the local time ("明天 20:15"); day- and year-long ones the date.</summary>
    public static string Due(TurnContext context, DateTimeOffset moment, KnowledgeDuration after) =>
        after.Unit is DurationUnit.Minutes or DurationUnit.Hours ? context.Display.Moment(moment) : LongDate(context, moment);

    /// <summary>A rough span ("约5小时", "about 3 days"): minutes under an hour, hours under two days, then days.</summary>
    public static string Span(TurnContext context, TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = span.Negate();
        }

        var (unit, count) = span.TotalHours switch
        {
            < 1 => ("minutes", Math.Max(1, (int)Math.Round(span.TotalMinutes))),
            < 48 => ("hours", (int)Math.Round(span.TotalHours)),
            _ => ("days", (int)Math.Round(span.TotalDays)),
        };
        var key = $"duration.{unit}.{(count == 1 ? "one" : "other")}";
        return context.T(key, ("n", count.ToString(CultureInfo.InvariantCulture)));
    }

    public static string ConfidenceLabel(TurnContext context, Confidence confidence) =>
        context.Texts.Get("confidence." + DisplayFormatter.Camel(confidence));
}
