using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Joins two anchors into a range entity: days, years or months, clock times, or a day's clock times.</summary>
internal static class ChineseRangeBuilder
{
    public static DateTimeEntity? Combine(Anchor x, Anchor y, TextSpan span, DateTime reference) => (x.Kind, y.Kind) switch
    {
        (AnchorKind.Day, AnchorKind.Day) => Days(x, y, span),
        (AnchorKind.Period, AnchorKind.Period) => Periods(x, y, span, DateOnly.FromDateTime(reference)),
        (AnchorKind.Time, AnchorKind.Time) => Times(x, y, span, null, reference),
        (AnchorKind.DateTime, AnchorKind.Time) when x.Date is { IsResolved: true } => Times(x, y, span, x.Date, reference),
        (AnchorKind.Time, AnchorKind.DateTime) when y.Date is { IsResolved: true } => Times(x, y, span, y.Date, reference),
        (AnchorKind.Day, AnchorKind.Period) or (AnchorKind.Period, AnchorKind.Day) => Mixed(x, y, span),
        _ => null,
    };

    /// <summary>一月十日到十二日: the second day borrows the year and month it leaves out; timex (start,end,PnD).</summary>
    private static DateTimeEntity? Days(Anchor x, Anchor y, TextSpan span)
    {
        var xDate = x.Date!;
        var yDate = y.Date!;
        if (x.Fields is { Year: null, Month: { } xMonth } xFields && y.Fields is { Year: { } yYear, Month: { } yMonth })
        {
            // "nov 18-dec 19, 2015": the first day takes the year of the second.
            var year = yYear - (xMonth > yMonth ? 1 : 0);
            xFields = xFields with { Year = year };
            xDate = CalendarMath.IsValid(year, xMonth, xFields.Day) ? DateCandidates.Single(new DateOnly(year, xMonth, xFields.Day)) : DateCandidates.Unresolved(xFields.Timex);
        }

        var yFields = y.Fields is { } yf && x.Fields is { } xf ? yf.Inherit(xf) : null;
        var yTimex = yFields?.Timex ?? yDate.Timex;
        if (!xDate.IsResolved)
        {
            return new DateTimeEntity(span, DateTimeSubtype.DateRange, [new DateTimeValue($"({xDate.Timex},{yTimex},PXD)", NotResolved: true)], []);
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        for (var k = 0; k < xDate.Days.Count; k++)
        {
            var start = xDate.Days[k];
            DateOnly end;
            if (y.Fields is { Year: null } && yFields is not null)
            {
                var month = yFields.Month ?? start.Month;
                if (!CalendarMath.IsValid(start.Year, month, yFields.Day))
                {
                    return null;
                }

                end = new DateOnly(start.Year, month, yFields.Day);
                if (end < start)
                {
                    end = end.AddYears(1);
                }
            }
            else if (yDate.IsResolved)
            {
                end = yDate.Days[Math.Min(k, yDate.Days.Count - 1)];
            }
            else
            {
                return null;
            }

            var days = end.DayNumber - start.DayNumber;
            values.Add(new DateTimeValue(string.Create(CultureInfo.InvariantCulture, $"({xDate.Timex},{yTimex},P{days}D)"), Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(end)));
            readings.Add(new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(end), false));
        }

        return new DateTimeEntity(span, DateTimeSubtype.DateRange, values, readings);
    }

    /// <summary>1995-1997年 (1995-01-01 to 1997-01-01), 三月到五月 (this or next year's, unless now lies inside).</summary>
    private static DateTimeEntity? Periods(Anchor x, Anchor y, TextSpan span, DateOnly today)
    {
        var xp = x.Period!;
        var yp = y.Period!;
        if (xp.Grain != yp.Grain || xp.Grain is not (PeriodGrain.Year or PeriodGrain.Month))
        {
            return null;
        }

        var pairs = new List<(DateOnly Start, DateOnly End, string XTimex, string YTimex)>();
        var (firstYTimex, firstYStart, _) = yp.Periods[0];
        if (xp.Grain == PeriodGrain.Month && xp.Periods[0].Timex.StartsWith("XXXX", StringComparison.Ordinal) && !firstYTimex.StartsWith("XXXX", StringComparison.Ordinal))
        {
            var month = xp.Periods[0].Start.Month;
            var start = new DateOnly(firstYStart.Year - (month > firstYStart.Month ? 1 : 0), month, 1);
            var length = ((firstYStart.Year - start.Year) * 12) + firstYStart.Month - start.Month;
            var timex = string.Create(CultureInfo.InvariantCulture, $"({Timex.Date(start)},{Timex.Date(firstYStart)},P{length}M)");
            return new DateTimeEntity(span, DateTimeSubtype.DateRange, [new DateTimeValue(timex, Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(firstYStart))], [new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(firstYStart), false)]);
        }

        foreach (var (xTimex, xStart, _) in xp.Periods)
        {
            var (yTimex, yStart, _) = yp.Periods[0];
            var yearless = yTimex.StartsWith("XXXX", StringComparison.Ordinal);
            var end = yearless ? new DateOnly(xStart.Year, yStart.Month, 1) : yStart;
            if (yearless && end < xStart)
            {
                end = end.AddYears(1);
            }

            pairs.Add((xStart, end, DayTimex(xTimex), DayTimex(yTimex)));
        }

        var current = pairs.FindAll(p => p.Start <= today && today < p.End);
        if (current.Count > 0)
        {
            pairs = current;
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        foreach (var (start, end, xTimex, yTimex) in pairs.Distinct())
        {
            var length = xp.Grain == PeriodGrain.Year ? $"P{end.Year - start.Year}Y" : $"P{((end.Year - start.Year) * 12) + end.Month - start.Month}M";
            values.Add(new DateTimeValue($"({xTimex},{yTimex},{length})", Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(end)));
            readings.Add(new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(end), false));
        }

        return new DateTimeEntity(span, DateTimeSubtype.DateRange, values, readings);
    }

    /// <summary>"2014 through may 2nd 2018": a period and a day, from the start of the one to the day.</summary>
    private static DateTimeEntity? Mixed(Anchor x, Anchor y, TextSpan span)
    {
        var start = x.Kind == AnchorKind.Day ? FirstDay(x.Date!) : x.Period!.Periods[0].Start;
        var xTimex = x.Kind == AnchorKind.Day ? x.Date!.Timex : DayTimex(x.Period!.Periods[0].Timex);
        var end = y.Kind == AnchorKind.Day ? FirstDay(y.Date!) : y.Period!.Periods[0].Start;
        var yTimex = y.Kind == AnchorKind.Day ? y.Date!.Timex : DayTimex(y.Period!.Periods[0].Timex);
        if (start == default || end == default || end < start)
        {
            return null;
        }

        var timex = string.Create(CultureInfo.InvariantCulture, $"({xTimex},{yTimex},P{end.DayNumber - start.DayNumber}D)");
        return new DateTimeEntity(span, DateTimeSubtype.DateRange, [new DateTimeValue(timex, Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(end))], [new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(end), false)]);
    }

    private static DateOnly FirstDay(DateCandidates date) => date.Days.Count > 0 ? date.Days[0] : default;

    /// <summary>"2009" → "2009-01-01", "XXXX-03" → "XXXX-03-01".</summary>
    private static string DayTimex(string periodTimex) => periodTimex.Length switch
    {
        4 => periodTimex + "-01-01",
        7 => periodTimex + "-01",
        _ => periodTimex,
    };

    /// <summary>下午五点一刻到六点 (the end borrows the part of the day), 5:00到6:00 (a.m. and p.m.), 昨天5:00-6:00.</summary>
    private static DateTimeEntity? Times(Anchor x, Anchor y, TextSpan span, DateCandidates? date, DateTime reference)
    {
        var xTime = x.Time!;
        var yTime = y.Time!;
        var xHours = EntityBuilder.HoursOf(xTime, x.Daypart ?? y.Daypart);
        var yHours = EntityBuilder.HoursOf(yTime, y.Daypart ?? x.Daypart);
        var pairs = new List<(int X, int Y)>();
        if (xHours.Count == yHours.Count)
        {
            for (var k = 0; k < xHours.Count; k++)
            {
                pairs.Add((xHours[k], yHours[k]));
            }
        }
        else if (xHours.Count > yHours.Count)
        {
            // "5 to 6pm": the first hour takes the reading that ends up before the second.
            var last = yHours[0];
            var lastAt = (last * 60) + yTime.Minute;
            var earlier = xHours.FindAll(h => (h * 60) + xTime.Minute <= lastAt);
            pairs.Add((earlier.Count > 0 ? earlier[^1] : xHours[0], last));
        }
        else
        {
            var first = xHours[0];
            var later = yHours.FindAll(h => h >= first);
            pairs.Add((first, later.Count > 0 ? later[0] : yHours[0]));
        }

        var values = new List<DateTimeValue>();
        var readings = new List<Reading>();
        var prefix = date?.Timex ?? string.Empty;
        var days = date is null ? [reference.Date] : date.Days.Select(EntityBuilder.Midnight).ToList();
        foreach (var (xh, yh) in pairs)
        {
            foreach (var day in days)
            {
                var start = day.AddHours(xh).AddMinutes(xTime.Minute).AddSeconds(xTime.Second);
                var end = day.AddHours(yh).AddMinutes(yTime.Minute).AddSeconds(yTime.Second);
                if (end < start)
                {
                    end = end.AddDays(1);
                }

                var timex = $"({prefix}{Timex.Time(xh % 24, xTime.Minute, xTime.Second, xTime.Precision)},{prefix}{Timex.Time(yh % 24, yTime.Minute, yTime.Second, yTime.Precision)},{Timex.Duration(end - start)})";
                values.Add(new DateTimeValue(timex, Start: start, End: end));
                var readingStart = date is null ? EntityBuilder.AnchorOnReferenceDay(start.TimeOfDay, reference) : start;
                readings.Add(new Reading(readingStart, readingStart + (end - start), true));
            }
        }

        return new DateTimeEntity(span, date is null ? DateTimeSubtype.TimeRange : DateTimeSubtype.DateTimeRange, values, readings);
    }
}
