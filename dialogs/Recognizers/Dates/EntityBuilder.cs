namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Turns the parts of a date/time expression (a day, a part of the day, a clock time) into an entity: upstream's
/// subtype, timex and values, and the bot's readings. Shared by every language.
/// </summary>
internal static class EntityBuilder
{
    public static DateTimeEntity Compose(TextSpan span, DateCandidates? date, Daypart? daypart, ClockTime? time, DateTime reference)
    {
        if (time is not null)
        {
            return date is null ? TimeOnly(span, daypart, time, reference) : DateAndTime(span, date, daypart, time);
        }

        if (daypart is not null)
        {
            return date is null ? DaypartOnly(span, daypart, reference) : DateAndDaypart(span, date, daypart);
        }

        return DateOnly(span, date ?? throw new ArgumentNullException(nameof(date)));
    }

    public static DateTimeEntity DateOnly(TextSpan span, DateCandidates date)
    {
        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var day in date.Days)
        {
            values.Add(new DateTimeValue(date.Timex, Value: Timex.DateValue(day)));
            readings.Add(Reading.Day(day));
        }

        return new DateTimeEntity(span, DateTimeSubtype.Date, values, readings);
    }

    /// <summary>A point in time relative to now ("3 hours ago"): upstream's datetime with the given timex.</summary>
    public static DateTimeEntity Instant(TextSpan span, DateTime at, string timex) =>
        new(span, DateTimeSubtype.DateTime, [new DateTimeValue(timex, Value: Timex.DateTimeValue(at))], [Reading.Point(at)]);

    /// <summary>A stretch of time relative to now ("一个多小时前" = between two hours and one hour ago).</summary>
    public static DateTimeEntity Window(TextSpan span, DateTime start, DateTime end) =>
        new(
            span,
            DateTimeSubtype.DateTimeRange,
            [new DateTimeValue($"({Timex.DateTimeTimex(start)},{Timex.DateTimeTimex(end)},{Timex.Duration(end - start)})", Start: Timex.DateTimeValue(start), End: Timex.DateTimeValue(end))],
            [new Reading(start, end, true)]);

    private static DateTimeEntity DateAndTime(TextSpan span, DateCandidates date, Daypart? daypart, ClockTime time)
    {
        var hour = daypart?.ToClockHour(time.Hour) ?? time.Hour;
        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        var isHourRange = time.Approximation == ClockApproximation.HourAndMore;
        foreach (var day in date.Days)
        {
            var at = day.ToDateTime(System.TimeOnly.MinValue).AddHours(hour).AddMinutes(time.Minute).AddSeconds(time.Second);
            var timex = date.Timex + Timex.Time(hour % 24, time.Minute, time.Second, time.Precision);
            if (isHourRange)
            {
                var end = at.AddHours(1);
                var endTimex = date.Timex + Timex.Time((hour + 1) % 24, time.Minute, time.Second, time.Precision);
                values.Add(new DateTimeValue($"({timex},{endTimex},PT1H)", Start: Timex.DateTimeValue(at), End: Timex.DateTimeValue(end)));
                readings.Add(new Reading(at, end, true));
            }
            else
            {
                values.Add(new DateTimeValue(timex, Value: Timex.DateTimeValue(at)));
                readings.Add(ReadingAround(at, time));
            }
        }

        return new DateTimeEntity(span, isHourRange ? DateTimeSubtype.DateTimeRange : DateTimeSubtype.DateTime, values, readings);
    }

    private static DateTimeEntity TimeOnly(TextSpan span, Daypart? daypart, ClockTime time, DateTime reference)
    {
        var hours = new List<int>();
        if (daypart is not null)
        {
            hours.Add(daypart.ToClockHour(time.Hour));
        }
        else
        {
            hours.Add(time.Hour);
            if (time.IsTwelveHour && time.Hour is > 0 and < 12)
            {
                hours.Add(time.Hour + 12);
            }
        }

        var isHourRange = time.Approximation == ClockApproximation.HourAndMore;
        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var hour in hours)
        {
            var offset = new TimeSpan(hour, time.Minute, time.Second);
            var at = AnchorOnReferenceDay(offset, reference);
            var timex = Timex.Time(hour % 24, time.Minute, time.Second, time.Precision);
            if (isHourRange)
            {
                var endTimex = Timex.Time((hour + 1) % 24, time.Minute, time.Second, time.Precision);
                values.Add(new DateTimeValue($"({timex},{endTimex},PT1H)", Start: Timex.TimeValue(offset), End: Timex.TimeValue(offset.Add(TimeSpan.FromHours(1)))));
                readings.Add(new Reading(at, at.AddHours(1), true));
            }
            else
            {
                values.Add(new DateTimeValue(timex, Value: Timex.TimeValue(offset)));
                readings.Add(ReadingAround(at, time));
            }
        }

        return new DateTimeEntity(span, isHourRange ? DateTimeSubtype.TimeRange : DateTimeSubtype.Time, values, readings);
    }

    private static DateTimeEntity DateAndDaypart(TextSpan span, DateCandidates date, Daypart daypart)
    {
        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var day in date.Days)
        {
            var midnight = day.ToDateTime(System.TimeOnly.MinValue);
            values.Add(new DateTimeValue(
                date.Timex + daypart.TimexCode,
                Start: Timex.DateTimeValue(midnight.AddHours(daypart.UpstreamStart)),
                End: Timex.DateTimeValue(UpstreamEnd(midnight, daypart))));
            readings.Add(new Reading(midnight.AddHours(daypart.ReadingStart), midnight.AddHours(daypart.ReadingEnd), true));
        }

        return new DateTimeEntity(span, DateTimeSubtype.DateTimeRange, values, readings);
    }

    private static DateTimeEntity DaypartOnly(TextSpan span, Daypart daypart, DateTime reference)
    {
        var start = AnchorOnReferenceDay(TimeSpan.FromHours(daypart.ReadingStart), reference);
        var value = new DateTimeValue(
            daypart.TimexCode,
            Start: Timex.TimeValue(TimeSpan.FromHours(daypart.UpstreamStart)),
            End: daypart.UpstreamEnd >= 24 ? "23:59:59" : Timex.TimeValue(TimeSpan.FromHours(daypart.UpstreamEnd)));
        return new DateTimeEntity(span, DateTimeSubtype.TimeRange, [value], [new Reading(start, start.AddHours(daypart.ReadingEnd - daypart.ReadingStart), true)]);
    }

    private static DateTime UpstreamEnd(DateTime midnight, Daypart daypart) =>
        daypart.UpstreamEnd >= 24 ? midnight.AddDays(1).AddSeconds(-1) : midnight.AddHours(daypart.UpstreamEnd);

    /// <summary>A clock time without a day happened today, or yesterday if today's would still be ahead.</summary>
    public static DateTime AnchorOnReferenceDay(TimeSpan offset, DateTime reference)
    {
        var at = reference.Date.Add(offset);
        return at > reference ? at.AddDays(-1) : at;
    }

    private static Reading ReadingAround(DateTime at, ClockTime time) => time.Approximation == ClockApproximation.Around
        ? new Reading(at.AddMinutes(-30), at.AddMinutes(30), true)
        : Reading.Point(at);
}
