namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// When a holiday falls in a given year: a fixed day (christmas: 12-25), a day counted from Easter (good friday: -2),
/// or the nth weekday of a month (thanksgiving: 4th Thursday of November; n = -1 for the last one).
/// </summary>
internal sealed record HolidayRule(int Month, int Day, int EasterOffset, int Weekday, int Nth)
{
    public bool IsFixed => Month > 0 && Weekday == 0;

    public static HolidayRule Fixed(int month, int day) => new(month, day, 0, 0, 0);

    public static HolidayRule FromEaster(int offset) => new(0, 0, offset, 0, 0);

    public static HolidayRule NthWeekday(int month, int weekday, int nth) => new(month, 0, 0, weekday, nth);

    public DateOnly In(int year)
    {
        if (Month == 0)
        {
            return EasterSunday(year).AddDays(EasterOffset);
        }

        if (Weekday == 0)
        {
            return new DateOnly(year, Month, Day);
        }

        if (Nth > 0)
        {
            var first = new DateOnly(year, Month, 1);
            var shift = (Weekday - CalendarMath.IsoWeekday(first) + 7) % 7;
            return first.AddDays(shift + (7 * (Nth - 1)));
        }

        var last = new DateOnly(year, Month, 1).AddMonths(1).AddDays(-1);
        return last.AddDays(-((CalendarMath.IsoWeekday(last) - Weekday + 7) % 7));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
