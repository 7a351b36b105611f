using System.Globalization;
using System.Runtime.CompilerServices;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>TIMEX3 strings and the value formats of the resolution (dates, times, datetimes, durations).</summary>
internal static class Timex
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string DateValue(DateOnly date) => Date(date);

    public static string TimeValue(TimeSpan time) =>
        string.Create(Invariant, $"{(int)time.TotalHours % 24:00}:{time.Minutes:00}:{time.Seconds:00}");

    public static string DateTimeValue(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", Invariant);

    public static string DateTimeTimex(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ss", Invariant);

    private static readonly string[] HourDurations = [.. Enumerable.Range(0, 25).Select(h => string.Create(Invariant, $"PT{h}H"))];

    private static readonly string[] HourTimexes = [.. Enumerable.Range(0, 25).Select(h => string.Create(Invariant, $"T{h:00}"))];

    /// <summary>"T21", "T21:30", "T16:40:50": as precise as the user was.</summary>
    public static string Time(int hour, int minute, int second, TimePrecision precision) => precision switch
    {
        TimePrecision.Hour when hour is >= 0 and < 25 => HourTimexes[hour],
        TimePrecision.Hour => string.Create(Invariant, $"T{hour:00}"),
        TimePrecision.Minute => string.Create(Invariant, $"T{hour:00}:{minute:00}"),
        _ => string.Create(Invariant, $"T{hour:00}:{minute:00}:{second:00}"),
    };

    /// <summary>"PT1H", "PT37M39S", "P2D": an ISO 8601 duration of a time span.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            var days = (long)span.TotalDays;
            return days % 7 == 0 && days > 0 ? string.Create(Invariant, $"P{days / 7}W") : string.Create(Invariant, $"P{days}D");
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

    public static string YearOnly(int year) => year.ToString("0000", Invariant);

    public static string YearMonth(int year, int month) => string.Create(Invariant, $"{year:0000}-{month:00}");

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
