namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Joins a day and a range of clock times said next to each other ("1/1/2015 between 10 and 11:30",
/// "between 3 and 5 on 1/1/2015") into one range on that day; a day's part with clock times joins likewise.
/// </summary>
internal static class DateAndTimeRangeMerger
{
    public static List<DateTimeEntity> Merge(string lowered, List<DateTimeEntity> entities)
    {
        var merged = new List<DateTimeEntity>(entities.Count);
        for (var k = 0; k < entities.Count; k++)
        {
            if (k + 1 < entities.Count && (TryJoin(lowered, entities[k], entities[k + 1], out var joined)
                                           || DaypartAndTimeRangeMerger.TryJoin(lowered, entities[k], entities[k + 1], out joined)))
            {
                merged.Add(joined);
                k++;
            }
            else
            {
                merged.Add(entities[k]);
            }
        }

        return merged;
    }

    private static bool TryJoin(string s, DateTimeEntity first, DateTimeEntity second, out DateTimeEntity joined)
    {
        joined = first;
        var (date, range) = (first.Kind, second.Kind) switch
        {
            (DateTimeSubtype.Date, DateTimeSubtype.TimeRange) => (first, second),
            (DateTimeSubtype.TimeRange, DateTimeSubtype.Date) => (second, first),
            _ => (null, null),
        };
        if (date is null || range is null || range.Values.Exists(v => (v.Mod is null && (v.Start is null || v.End is null)) || !v.Timex.StartsWith('T') && !v.Timex.StartsWith("(T", StringComparison.Ordinal))
            || !OnlyJoinersBetween(s, first.Span.EndExclusive, second.Span.Start) || date.Values.Exists(v => v.NotResolved)
            || range.Values.Exists(v => v.Timex.StartsWith("TME", StringComparison.Ordinal)))
        {
            return false;
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var day in date.Values)
        {
            var midnight = day.Value!.Value.Date;
            foreach (var value in range.Values)
            {
                if (value.Mod is not null)
                {
                    // "today before 4pm": a bounded time on that day
                    var bound = midnight + (value.Start ?? value.End)!.Value.TimeOfDay;
                    values.Add(new DateTimeValue(day.Timex + value.Timex, Start: value.Start is null ? null : bound, End: value.End is null ? null : bound, Mod: value.Mod));
                    readings.Add(value.End is null ? new Reading(bound, bound.AddHours(1), true) : new Reading(bound.AddHours(-1), bound, true));
                    continue;
                }

                var start = midnight + value.Start!.Value.TimeOfDay;
                var end = midnight + value.End!.Value.TimeOfDay;
                if (end <= start)
                {
                    end = end.AddDays(1);
                }

                var endDay = end.Date > midnight ? Timex.NextDay(day.Timex) : day.Timex;
                var timex = value.Timex.Replace("(T", "(" + day.Timex + "T", StringComparison.Ordinal).Replace(",T", "," + endDay + "T", StringComparison.Ordinal);
                values.Add(new DateTimeValue(timex, Start: start, End: end));
                readings.Add(new Reading(start, end, true));
            }
        }

        joined = new DateTimeEntity(TextSpan.FromBounds(first.Span.Start, second.Span.EndExclusive), DateTimeSubtype.DateTimeRange, values, readings);
        return true;
    }

    private static bool OnlyJoinersBetween(string s, int from, int to)
    {
        var gap = s.AsSpan(from, to - from).Trim();
        return gap.IsEmpty || gap is "on" or "," or "of";
    }

    private static bool Exists(this IReadOnlyList<DateTimeValue> values, Func<DateTimeValue, bool> predicate)
    {
        foreach (var value in values)
        {
            if (predicate(value))
            {
                return true;
            }
        }

        return false;
    }
}
