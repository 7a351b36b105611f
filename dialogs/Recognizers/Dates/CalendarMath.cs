namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Calendar arithmetic with weeks that start on Monday.</summary>
internal static class CalendarMath
{
    /// <summary>1 = Monday ... 7 = Sunday.</summary>
    public static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(1 - IsoWeekday(day));

    /// <summary>The weekday <paramref name="weekday"/> of the week <paramref name="weeks"/> away from the reference's week.</summary>
    public static DateOnly WeekdayInWeek(DateOnly reference, int weeks, int weekday) =>
        MondayOf(reference).AddDays((7 * weeks) + weekday - 1);

    /// <summary>The latest such weekday on or before the reference day.</summary>
    public static DateOnly LastWeekday(DateOnly reference, int weekday) =>
        reference.AddDays(-((IsoWeekday(reference) - weekday + 7) % 7));

    /// <summary>The next such weekday on or after the reference day.</summary>
    public static DateOnly NextWeekday(DateOnly reference, int weekday) =>
        reference.AddDays((weekday - IsoWeekday(reference) + 7) % 7);

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Month-day without a year: the latest on/before the reference, and the next after it (skipping years without it).</summary>
    public static (DateOnly Past, DateOnly Future)? YearlessCandidates(DateOnly reference, int month, int day)
    {
        DateOnly? past = null;
        for (var y = reference.Year; y >= reference.Year - 8 && past is null; y--)
        {
            if (IsValid(y, month, day) && new DateOnly(y, month, day) <= reference)
            {
                past = new DateOnly(y, month, day);
            }
        }

        DateOnly? future = null;
        for (var y = reference.Year; y <= reference.Year + 8 && future is null; y++)
        {
            if (IsValid(y, month, day) && new DateOnly(y, month, day) > reference)
            {
                future = new DateOnly(y, month, day);
            }
        }

        return past is { } p && future is { } f ? (p, f) : null;
    }

    /// <summary>Day of month without a month: the latest on/before the reference, and the next after it.</summary>
    public static (DateOnly Past, DateOnly Future)? MonthlessCandidates(DateOnly reference, int day)
    {
        DateOnly? past = null;
        var cursor = new DateOnly(reference.Year, reference.Month, 1);
        for (var k = 0; k < 13 && past is null; k++, cursor = cursor.AddMonths(-1))
        {
            if (IsValid(cursor.Year, cursor.Month, day) && new DateOnly(cursor.Year, cursor.Month, day) <= reference)
            {
                past = new DateOnly(cursor.Year, cursor.Month, day);
            }
        }

        DateOnly? future = null;
        cursor = new DateOnly(reference.Year, reference.Month, 1);
        for (var k = 0; k < 13 && future is null; k++, cursor = cursor.AddMonths(1))
        {
            if (IsValid(cursor.Year, cursor.Month, day) && new DateOnly(cursor.Year, cursor.Month, day) > reference)
            {
                future = new DateOnly(cursor.Year, cursor.Month, day);
            }
        }

        return past is { } p && future is { } f ? (p, f) : null;
    }

    /// <summary>The nearest date from the reference's month on whose <paramref name="day"/> falls <paramref name="weekday"/> (future first).</summary>
    public static DateOnly? DayOfMonthOnWeekday(DateOnly reference, int day, int weekday)
    {
        var month = new DateOnly(reference.Year, reference.Month, 1);
        for (var k = 0; k < 14; k++)
        {
            var forward = month.AddMonths(k);
            if (IsValid(forward.Year, forward.Month, day) && new DateOnly(forward.Year, forward.Month, day) is var f && f >= reference && IsoWeekday(f) == weekday)
            {
                return f;
            }
        }

        for (var k = 0; k < 14; k++)
        {
            var backward = month.AddMonths(-k);
            if (IsValid(backward.Year, backward.Month, day) && new DateOnly(backward.Year, backward.Month, day) is var b && b <= reference && IsoWeekday(b) == weekday)
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>Two-digit years: 07 → 2007, 98 → 1998.</summary>
    public static int ExpandYear(int year, int digits) => digits > 2 ? year : year < 50 ? 2000 + year : 1900 + year;
}
