namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Joins a day's part and a range of clock times said next to each other ("tonight from 7 to 7:30",
/// "between 7 and 9 last night", "monday morning from 10am to 12pm") into one range on that day; the part of the
/// day picks the half of the day for clock times said without am/pm.
/// </summary>
internal static class DaypartAndTimeRangeMerger
{
    private static readonly string[] DaypartCodes = ["TMO", "TAF", "TEV", "TNI"];

    public static bool TryJoin(string s, DateTimeEntity first, DateTimeEntity second, out DateTimeEntity joined)
    {
        joined = first;
        var (daypart, range) = (first.Kind, second.Kind) switch
        {
            (DateTimeSubtype.DateTimeRange, DateTimeSubtype.TimeRange) => (first, second),
            (DateTimeSubtype.TimeRange, DateTimeSubtype.DateTimeRange) => (second, first),
            _ => (null, null),
        };
        if (daypart is null || range is null || !IsDayWithDaypart(daypart) || !s.AsSpan(first.Span.EndExclusive, second.Span.Start - first.Span.EndExclusive).Trim().IsEmpty)
        {
            return false;
        }

        var afternoonOrLater = !daypart.Values[0].Timex.EndsWith("TMO", StringComparison.Ordinal);
        var times = new List<DateTimeValue>();
        foreach (var value in range.Values)
        {
            if (value.Mod is null && value.Start is { } start && value.End is not null && value.Timex.StartsWith("(T", StringComparison.Ordinal)
                && (range.Values.Count == 1 || (start.Hour >= 12) == afternoonOrLater))
            {
                times.Add(value);
            }
        }

        if (times.Count == 0)
        {
            return false;
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var day in daypart.Values)
        {
            var midnight = day.Start!.Value.Date;
            var dayTimex = day.Timex[..^3];
            foreach (var time in times)
            {
                var start = midnight + time.Start!.Value.TimeOfDay;
                var end = midnight + time.End!.Value.TimeOfDay;
                if (end <= start)
                {
                    end = end.AddDays(1);
                }

                var timex = time.Timex.Replace("(T", "(" + dayTimex + "T", StringComparison.Ordinal).Replace(",T", "," + dayTimex + "T", StringComparison.Ordinal);
                values.Add(new DateTimeValue(timex, Start: start, End: end));
                readings.Add(new Reading(start, end, true));
            }
        }

        joined = new DateTimeEntity(TextSpan.FromBounds(first.Span.Start, second.Span.EndExclusive), DateTimeSubtype.DateTimeRange, values, readings);
        return true;
    }

    /// <summary>"tonight", "yesterday afternoon", "monday morning": every value a day's timex followed by a daypart code.</summary>
    private static bool IsDayWithDaypart(DateTimeEntity entity)
    {
        foreach (var value in entity.Values)
        {
            if (value.Mod is not null || value.Start is null || value.Timex.Length < 4 || value.Timex[0] == '('
                || Array.IndexOf(DaypartCodes, value.Timex[^3..]) < 0)
            {
                return false;
            }
        }

        return entity.Values.Count > 0;
    }
}
