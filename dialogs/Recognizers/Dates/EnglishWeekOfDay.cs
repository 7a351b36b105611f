namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The week around a day: "the week of the 18th", "w/c feb 4", "the week beginning february 4", "the week commencing
/// feb 4". The timex stays the day's; the range runs from that week's Monday for seven days.
/// </summary>
internal static class EnglishWeekOfDay
{
    private static readonly EnglishPhraseList<string> Openers = new(
    [
        "the week of", "week of", "the week beginning", "the week beginning on", "the week starting on", "the week starting", "the week commencing",
        "week beginning", "week starting on", "week starting", "week commencing", "w/c",
    ], o => o);

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        foreach (var opener in Openers.StartingAt(s, i))
        {
            if (!EnglishText.WordAt(s, i, opener, out var openerEnd))
            {
                continue;
            }

            var k = EnglishText.SkipSpaces(s, openerEnd);
            var today = DateOnly.FromDateTime(reference);
            if (!EnglishDateParser.TryParse(s, k, today, out var end, out var date, out var daypart, out _) || daypart is not null || !date.IsResolved)
            {
                if (EnglishText.WordAt(s, k, "on", out var onEnd) && EnglishDateParser.TryParse(s, EnglishText.SkipSpaces(s, onEnd), today, out end, out date, out daypart, out _)
                    && daypart is null && date.IsResolved)
                {
                    return Week(TextSpan.FromBounds(i, end), date);
                }

                continue;
            }

            return Week(TextSpan.FromBounds(i, end), date);
        }

        return null;
    }

    private static DateTimeEntity Week(TextSpan span, DateCandidates date)
    {
        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var day in date.Days)
        {
            var monday = EntityBuilder.Midnight(CalendarMath.MondayOf(day));
            values.Add(new DateTimeValue(date.Timex, Start: monday, End: monday.AddDays(7)));
            readings.Add(new Reading(monday, monday.AddDays(7), false));
        }

        return new DateTimeEntity(span, DateTimeSubtype.DateRange, values, readings);
    }
}
