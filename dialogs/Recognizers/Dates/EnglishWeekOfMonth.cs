using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A week counted within a month: "the last week of july", "first week of jan 2015", "the last week of last month".
/// A week belongs to the month its Thursday falls in (as ISO weeks belong to years); "last" is written W05.
/// </summary>
internal static class EnglishWeekOfMonth
{
    private static readonly EnglishPhraseList<(string Word, int Nth)> Ordinals = new(
    [
        ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4), ("fifth", 5), ("5th", 5), ("last", -1),
    ], o => o.Word);

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        var j = EnglishText.WordAt(s, i, "the", out var theEnd) ? EnglishText.SkipSpaces(s, theEnd) : i;
        foreach (var (word, nth) in Ordinals.StartingAt(s, j))
        {
            if (!EnglishText.WordAt(s, j, word, out var wordEnd))
            {
                continue;
            }

            var k = EnglishText.SkipSpaces(s, wordEnd);
            if (!EnglishText.WordAt(s, k, "week of", out var ofEnd))
            {
                return null;
            }

            var m = EnglishText.SkipSpaces(s, ofEnd);
            if (EnglishPeriodParser.Match(s, m, reference, out var month) is not { } monthEntity || month is not { Grain: PeriodGrain.Month } || monthEntity.Span.Start != m)
            {
                return null;
            }

            var values = new List<DateTimeValue>();
            var readings = new List<Reading>();
            foreach (var (timex, first, _) in month.Periods)
            {
                var monday = WeekStart(first, nth);
                var weekTimex = string.Create(CultureInfo.InvariantCulture, $"{timex}-W{(nth < 0 ? 5 : nth):00}");
                values.Add(new DateTimeValue(weekTimex, Start: EntityBuilder.Midnight(monday), End: EntityBuilder.Midnight(monday.AddDays(7))));
                readings.Add(new Reading(EntityBuilder.Midnight(monday), EntityBuilder.Midnight(monday.AddDays(7)), false));
            }

            return new DateTimeEntity(TextSpan.FromBounds(i, monthEntity.Span.EndExclusive), DateTimeSubtype.DateRange, values, readings);
        }

        return null;
    }

    /// <summary>The Monday of the nth (or, for -1, the last) week whose Thursday is in the month starting on <paramref name="first"/>.</summary>
    private static DateOnly WeekStart(DateOnly first, int nth)
    {
        if (nth > 0)
        {
            var firstThursday = first.AddDays((4 - CalendarMath.IsoWeekday(first) + 7) % 7);
            return firstThursday.AddDays(-3 + (7 * (nth - 1)));
        }

        var last = first.AddMonths(1).AddDays(-1);
        var lastThursday = last.AddDays(-((CalendarMath.IsoWeekday(last) - 4 + 7) % 7));
        return lastThursday.AddDays(-3);
    }
}
