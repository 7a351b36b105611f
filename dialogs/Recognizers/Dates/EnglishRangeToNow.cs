using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Stretches with "now" at one end: "between now and november 15th", "between jan 22 and now", "from march to date",
/// "from 2010-01-01 till current date" (days, timex (start,end,PnD)), "between eight o'clock and now" (today from that
/// time up to the reference, timex (dayTtime,PRESENT_REF,duration)).
/// </summary>
internal static class EnglishRangeToNow
{
    private static readonly string[] Connectors = ["and", "to", "till", "until", "through"];

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        var between = EnglishText.WordAt(s, i, "between", out var introEnd);
        if ((!between && !EnglishText.WordAt(s, i, "from", out introEnd)) || !MentionsNow(s, introEnd))
        {
            return null;
        }

        var k = EnglishText.SkipSpaces(s, introEnd);
        if (between && EnglishText.WordAt(s, k, "now", out var nowEnd))
        {
            var afterNow = EnglishText.SkipSpaces(s, nowEnd);
            return EnglishText.WordAt(s, afterNow, "and", out var andEnd)
                   && EnglishAnchorParser.Parse(s, EnglishText.SkipSpaces(s, andEnd), reference) is { } until
                ? FromNow(until, TextSpan.FromBounds(i, until.Span.EndExclusive), reference)
                : null;
        }

        if (EnglishAnchorParser.Parse(s, k, reference) is not { } since)
        {
            return null;
        }

        var c = EnglishText.SkipSpaces(s, since.Span.EndExclusive);
        foreach (var connector in Connectors)
        {
            if ((connector == "and") != between || !EnglishText.WordAt(s, c, connector, out var connectorEnd))
            {
                continue;
            }

            var n = EnglishText.SkipSpaces(s, connectorEnd);
            if (EnglishText.WordAt(s, n, "now", out var end) || EnglishText.WordAt(s, n, "current date", out end)
                || (connector == "to" && EnglishText.WordAt(s, n, "date", out end)))
            {
                return UntilNow(since, TextSpan.FromBounds(i, end), reference);
            }
        }

        return null;
    }

    /// <summary>A cheap test before any parsing: "now" or "date" is said somewhere after the opening word.</summary>
    private static bool MentionsNow(string s, int from) =>
        s.AsSpan(from).Contains("now", StringComparison.Ordinal) || s.AsSpan(from).Contains("date", StringComparison.Ordinal);

    /// <summary>"between now and november 15th": from today to the next such day.</summary>
    private static DateTimeEntity? FromNow(Anchor until, TextSpan span, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        if (until.Kind != AnchorKind.Day || until.Date is not { IsResolved: true } date || !date.Days.Any(d => d >= today))
        {
            return null;
        }

        var end = date.Days.First(d => d >= today);
        var timex = $"({Timex.Date(today)},{until.Fields?.Timex ?? date.Timex},{Days(today, end)})";
        return DayRange(span, timex, today, end);
    }

    /// <summary>"between jan 22 and now", "from march to date": from the latest such day or period up to today.</summary>
    private static DateTimeEntity? UntilNow(Anchor since, TextSpan span, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        switch (since.Kind)
        {
            case AnchorKind.Day when since.Date is { IsResolved: true } date && date.Days.Any(d => d <= today):
                var start = date.Days.Last(d => d <= today);
                return DayRange(span, $"({since.Fields?.Timex ?? date.Timex},{Timex.Date(today)},{Days(start, today)})", start, today);
            case AnchorKind.Period when since.Period is { } period && period.Periods.Any(p => p.Start <= today):
                var first = period.Periods.Last(p => p.Start <= today).Start;
                return DayRange(span, $"({Timex.Date(first)},{Timex.Date(today)},{Days(first, today)})", first, today);
            case AnchorKind.Time when since.Time is { } time && time.Offset < reference.TimeOfDay:
                var from = reference.Date + time.Offset;
                var timex = $"({Timex.Date(today)}{Timex.Time(time.Hour, time.Minute, time.Second, time.Precision)},PRESENT_REF,{Timex.Duration(reference - from)})";
                return new DateTimeEntity(span, DateTimeSubtype.DateTimeRange, [new DateTimeValue(timex, Start: from, End: reference)], [new Reading(from, reference, true)]);
            default:
                return null;
        }
    }

    private static string Days(DateOnly start, DateOnly end) => string.Create(CultureInfo.InvariantCulture, $"P{end.DayNumber - start.DayNumber}D");

    private static DateTimeEntity DayRange(TextSpan span, string timex, DateOnly start, DateOnly end)
    {
        var from = start.ToDateTime(TimeOnly.MinValue);
        var to = end.ToDateTime(TimeOnly.MinValue);
        return new DateTimeEntity(span, DateTimeSubtype.DateRange, [new DateTimeValue(timex, Start: from, End: to)], [new Reading(from, to, false)]);
    }
}
