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
            return date is null ? TimeOnly(span, daypart, time, reference) : DateAndTime(span, WithPastMoment(date, daypart, time, reference), daypart, time);
        }

        if (daypart is not null)
        {
            return date is null ? DaypartOnly(span, daypart, reference) : DateAndDaypart(span, date, daypart);
        }

        return DateOnly(span, date ?? throw new ArgumentNullException(nameof(date)));
    }

    public static DateTimeEntity DateOnly(TextSpan span, DateCandidates date)
    {
        if (!date.IsResolved)
        {
            return new DateTimeEntity(span, DateTimeSubtype.Date, [new DateTimeValue(date.Timex, NotResolved: true)], []);
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var day in date.Days)
        {
            values.Add(new DateTimeValue(date.Timex, Value: Midnight(day)));
            readings.Add(Reading.Day(day));
        }

        return new DateTimeEntity(span, DateTimeSubtype.Date, values, readings);
    }

    /// <summary>A point in time relative to now ("3 hours ago"): upstream's datetime with the given timex.</summary>
    public static DateTimeEntity Instant(TextSpan span, DateTime at, string timex) =>
        new(span, DateTimeSubtype.DateTime, [new DateTimeValue(timex, Value: at)], [Reading.Point(at)]);

    /// <summary>A stretch between two moments ("一个多小时前", "之前3小时"), timex "(start,end,duration)".</summary>
    public static DateTimeEntity Window(TextSpan span, DateTime start, DateTime end) =>
        new(
            span,
            DateTimeSubtype.DateTimeRange,
            [new DateTimeValue($"({Timex.DateTimeTimex(start)},{Timex.DateTimeTimex(end)},{Timex.Duration(end - start)})", Start: start, End: end)],
            [new Reading(start, end, true)]);

    /// <summary>
    /// An approximate moment counted from now ("两三个小时前", "about 6 hours ago"): a stretch like
    /// <see cref="Window"/>, read with the moment most likely meant.
    /// </summary>
    public static DateTimeEntity About(TextSpan span, DateTime earliest, DateTime latest, DateTime likely) =>
        Window(span, earliest, latest) with { Readings = [new Reading(earliest, latest, true) { Likely = likely }] };

    /// <summary>A stretch of whole days (a year, a month, a week), with readings over the same days.</summary>
    public static DateTimeEntity Period(TextSpan span, IReadOnlyList<(string Timex, DateOnly Start, DateOnly End)> periods)
    {
        var values = new List<DateTimeValue>(periods.Count);
        var readings = new List<Reading>(periods.Count);
        foreach (var (timex, start, end) in periods)
        {
            values.Add(new DateTimeValue(timex, Start: Midnight(start), End: Midnight(end)));
            readings.Add(new Reading(Midnight(start), Midnight(end), false));
        }

        return new DateTimeEntity(span, DateTimeSubtype.DateRange, values, readings);
    }

    public static DateTime Midnight(DateOnly day) => day.ToDateTime(System.TimeOnly.MinValue);

    private static DateTimeEntity DateAndTime(TextSpan span, DateCandidates date, Daypart? daypart, ClockTime time)
    {
        var hours = HoursOf(time, daypart, daypart is null && time.IsTwelveHour && time.AmbiguousWithDate);
        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        var isHourRange = time.Approximation == ClockApproximation.HourAndMore;
        foreach (var hour in hours)
        {
            foreach (var day in date.Days)
            {
                var at = Midnight(day).AddHours(hour).AddMinutes(time.Minute).AddSeconds(time.Second);
                var timex = date.Timex + Timex.Time(hour % 24, time.Minute, time.Second, time.Precision);
                if (isHourRange)
                {
                    var end = at.AddHours(1);
                    var endTimex = date.Timex + Timex.Time((hour + 1) % 24, time.Minute, time.Second, time.Precision);
                    values.Add(new DateTimeValue($"({timex},{endTimex},PT1H)", Start: at, End: end));
                    readings.Add(new Reading(at, end, true));
                }
                else
                {
                    values.Add(new DateTimeValue(timex, Value: at, Mod: time.Approximation == ClockApproximation.Around ? time.ApproximationMod : null));
                    readings.Add(ReadingAround(at, time));
                }
            }
        }

        return new DateTimeEntity(span, isHourRange ? DateTimeSubtype.DateTimeRange : DateTimeSubtype.DateTime, values, readings);
    }

    /// <summary>
    /// A yearless or monthless day resolves to its last and its next occurrence. When the last is today and the time of day
    /// is still ahead, that moment has not come yet: the past reading is the occurrence before ("4月5日上午11点" said on
    /// 5 April at 07:00 is last year's), as for a weekday.
    /// </summary>
    private static DateCandidates WithPastMoment(DateCandidates date, Daypart? daypart, ClockTime time, DateTime reference)
    {
        var today = System.DateOnly.FromDateTime(reference);
        var yearless = date.Timex.Length == 10 && date.Timex.StartsWith("XXXX-", StringComparison.Ordinal) && char.IsAsciiDigit(date.Timex[5]);
        var monthless = date.Timex.StartsWith("XXXX-XX-", StringComparison.Ordinal);
        if (date.Days.Count != 2 || date.Days[0] != today || !(yearless || monthless))
        {
            return date;
        }

        var earliestHour = HoursOf(time, daypart, daypart is null && time.IsTwelveHour && time.AmbiguousWithDate).Min();
        if (Midnight(today).AddHours(earliestHour).AddMinutes(time.Minute) <= reference)
        {
            return date;
        }

        var before = today;
        do
        {
            before = yearless ? before.AddYears(-1) : before.AddMonths(-1);
        }
        while (!CalendarMath.IsValid(before.Year, before.Month, today.Day));

        return new DateCandidates(date.Timex, [new DateOnly(before.Year, before.Month, today.Day), today]);
    }

    /// <summary>The clock hours a time can mean: one with a part of the day, else a.m. and p.m. for a 12-hour reading.</summary>
    public static List<int> HoursOf(ClockTime time, Daypart? daypart, bool allowBoth = true)
    {
        if (daypart is not null)
        {
            return [daypart.ToClockHour(time.Hour)];
        }

        return time.IsTwelveHour && allowBoth && time.Hour is > 0 and < 12 ? [time.Hour, time.Hour + 12]
            : time.IsTwelveHour && allowBoth && time.Hour == 12 && time.TwelveMeansMidnightToo ? [12, 0]
            : [time.Hour];
    }

    private static DateTimeEntity TimeOnly(TextSpan span, Daypart? daypart, ClockTime time, DateTime reference)
    {
        var hours = HoursOf(time, daypart);
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
                values.Add(new DateTimeValue($"({timex},{endTimex},PT1H)", Start: reference.Date.Add(offset), End: reference.Date.Add(offset).AddHours(1)));
                readings.Add(new Reading(at, at.AddHours(1), true));
            }
            else
            {
                values.Add(new DateTimeValue(timex, Value: reference.Date.Add(offset), Mod: time.Approximation == ClockApproximation.Around ? time.ApproximationMod : null));
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
            var midnight = Midnight(day);
            values.Add(new DateTimeValue(date.Timex + daypart.TimexCode, Start: midnight.AddHours(daypart.UpstreamStart), End: UpstreamEnd(midnight, daypart)));
            readings.Add(new Reading(midnight.AddHours(daypart.ReadingStart), midnight.AddHours(daypart.ReadingEnd), true));
        }

        return new DateTimeEntity(span, DateTimeSubtype.DateTimeRange, values, readings);
    }

    private static DateTimeEntity DaypartOnly(TextSpan span, Daypart daypart, DateTime reference)
    {
        var start = AnchorOnReferenceDay(TimeSpan.FromHours(daypart.ReadingStart), reference);
        var midnight = reference.Date;
        var value = new DateTimeValue(daypart.TimexCode, Start: midnight.AddHours(daypart.UpstreamStart), End: UpstreamEnd(midnight, daypart));
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
        ? new Reading(at.AddMinutes(-30), at.AddMinutes(30), true) { Likely = at }
        : Reading.Point(at);
}
