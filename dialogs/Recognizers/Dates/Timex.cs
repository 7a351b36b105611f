using System.Globalization;
using System.Runtime.CompilerServices;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>TIMEX3 strings and the value formats of the resolution (dates, times, datetimes, durations).</summary>
internal static class Timex
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The value formats are written digit by digit: they are built for every reading of every candidate entity, and
    // custom format strings ("yyyy-MM-dd", "00") are parsed again on each call.
    public static string Date(DateOnly date) => string.Create(10, date, static (chars, day) => WriteDate(chars, day.Year, day.Month, day.Day));

    public static string DateValue(DateOnly date) => Date(date);

    public static string TimeValue(TimeSpan time) => time >= TimeSpan.Zero
        ? string.Create(8, time, static (chars, t) => WriteTime(chars, (int)t.TotalHours % 24, t.Minutes, t.Seconds))
        : string.Create(Invariant, $"{(int)time.TotalHours % 24:00}:{time.Minutes:00}:{time.Seconds:00}");

    public static string DateTimeValue(DateTime at) => DateAndTime(at, ' ');

    public static string DateTimeTimex(DateTime at) => DateAndTime(at, 'T');

    private static string DateAndTime(DateTime at, char separator) => string.Create(19, (at, separator), static (chars, state) =>
    {
        var (at, separator) = state;
        WriteDate(chars, at.Year, at.Month, at.Day);
        chars[10] = separator;
        WriteTime(chars[11..], at.Hour, at.Minute, at.Second);
    });

    /// <summary>"2016-11-07" into the first 10 chars.</summary>
    private static void WriteDate(Span<char> chars, int year, int month, int day)
    {
        WritePadded(chars[..4], year);
        chars[4] = '-';
        WritePadded(chars[5..7], month);
        chars[7] = '-';
        WritePadded(chars[8..10], day);
    }

    /// <summary>"20:00:00" into the first 8 chars.</summary>
    private static void WriteTime(Span<char> chars, int hour, int minute, int second)
    {
        WritePadded(chars[..2], hour);
        chars[2] = ':';
        WritePadded(chars[3..5], minute);
        chars[5] = ':';
        WritePadded(chars[6..8], second);
    }

    /// <summary>A non-negative number that fits, zero-padded to the width of <paramref name="chars"/> (as formats "00" and "0000").</summary>
    private static void WritePadded(Span<char> chars, int value)
    {
        for (var k = chars.Length - 1; k >= 0; k--)
        {
            chars[k] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static readonly string[] HourDurations = [.. Enumerable.Range(0, 25).Select(h => string.Create(Invariant, $"PT{h}H"))];

    private static readonly string[] HourTimexes = [.. Enumerable.Range(0, 25).Select(h => string.Create(Invariant, $"T{h:00}"))];

    /// <summary>"T21", "T21:30", "T16:40:50": as precise as the user was.</summary>
    public static string Time(int hour, int minute, int second, TimePrecision precision) => precision switch
    {
        TimePrecision.Hour when hour is >= 0 and < 25 => HourTimexes[hour],
        TimePrecision.Hour => string.Create(Invariant, $"T{hour:00}"),
        TimePrecision.Minute when hour is >= 0 and < 100 && minute is >= 0 and < 100 => string.Create(6, (hour, minute), static (chars, t) =>
        {
            chars[0] = 'T';
            WritePadded(chars[1..3], t.hour);
            chars[3] = ':';
            WritePadded(chars[4..6], t.minute);
        }),
        TimePrecision.Minute => string.Create(Invariant, $"T{hour:00}:{minute:00}"),
        _ when hour is >= 0 and < 100 && minute is >= 0 and < 100 && second is >= 0 and < 100 => string.Create(9, (hour, minute, second), static (chars, t) =>
        {
            chars[0] = 'T';
            WriteTime(chars[1..], t.hour, t.minute, t.second);
        }),
        _ => string.Create(Invariant, $"T{hour:00}:{minute:00}:{second:00}"),
    };

    /// <summary>"PT1H", "PT37M39S", "P2D": an ISO 8601 duration of a time span.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            var days = (long)span.TotalDays;
            return days % 7 == 0 && days > 0 ? string.Create(Invariant, stackalloc char[24], $"P{days / 7}W") : string.Create(Invariant, stackalloc char[24], $"P{days}D");
        }

        var hours = (long)span.TotalHours;
        if (span.Minutes == 0 && span.Seconds == 0 && hours is > 0 and < 25)
        {
            return HourDurations[hours];
        }

        Span<char> buffer = stackalloc char[48];
        var handler = new DefaultInterpolatedStringHandler(0, 0, Invariant, buffer);
        handler.AppendLiteral("PT");
        if (hours > 0)
        {
            handler.AppendFormatted(hours);
            handler.AppendLiteral("H");
        }

        if (span.Minutes > 0)
        {
            handler.AppendFormatted(span.Minutes);
            handler.AppendLiteral("M");
        }

        if (span.Seconds > 0)
        {
            handler.AppendFormatted(span.Seconds);
            handler.AppendLiteral("S");
        }

        var text = handler.ToStringAndClear();
        return text == "PT" ? "PT0S" : text;
    }

    public static string YearOnly(int year) => year is >= 0 and < 10000 ? string.Create(4, year, static (chars, y) => WritePadded(chars, y)) : year.ToString("0000", Invariant);

    public static string YearMonth(int year, int month) => year is >= 0 and < 10000 && month is >= 0 and < 100
        ? string.Create(7, (year, month), static (chars, t) =>
        {
            WritePadded(chars[..4], t.year);
            chars[4] = '-';
            WritePadded(chars[5..7], t.month);
        })
        : string.Create(Invariant, $"{year:0000}-{month:00}");

    /// <summary>"(2018-01-01,2018-07-01,P6M)": a date range with its length.</summary>
    public static string Range(DateOnly start, DateOnly end, string duration) => $"({Date(start)},{Date(end)},{duration})";

    public static string Seconds(double seconds) => seconds.ToString("0.###", Invariant);

    /// <summary>The timex of the day after: "XXXX-WXX-3" gives "XXXX-WXX-4", "2018-10-31" gives "2018-11-01".</summary>
    public static string NextDay(string dayTimex)
    {
        if (dayTimex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && dayTimex.Length == 10 && char.IsAsciiDigit(dayTimex[9]))
        {
            return string.Concat("XXXX-WXX-", ((char)('1' + ((dayTimex[9] - '0') % 7))).ToString());
        }

        return DateOnly.TryParseExact(dayTimex, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? Date(day.AddDays(1))
            : dayTimex;
    }
}

/// <summary>How precisely a time of day was said.</summary>
internal enum TimePrecision
{
    Hour,
    Minute,
    Second,
}
