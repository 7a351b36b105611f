using System.Globalization;

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

    /// <summary>"T21", "T21:30", "T16:40:50": as precise as the user was.</summary>
    public static string Time(int hour, int minute, int second, TimePrecision precision) => precision switch
    {
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

        var text = "PT";
        var hours = (long)span.TotalHours;
        if (hours > 0)
        {
            text += string.Create(Invariant, $"{hours}H");
        }

        if (span.Minutes > 0)
        {
            text += string.Create(Invariant, $"{span.Minutes}M");
        }

        if (span.Seconds > 0)
        {
            text += string.Create(Invariant, $"{span.Seconds}S");
        }

        return text == "PT" ? "PT0S" : text;
    }

    public static string YearMonth(int year, int month) => string.Create(Invariant, $"{year:0000}-{month:00}");

    /// <summary>"(2018-01-01,2018-07-01,P6M)": a date range with its length.</summary>
    public static string Range(DateOnly start, DateOnly end, string duration) => $"({Date(start)},{Date(end)},{duration})";

    public static string Seconds(double seconds) => seconds.ToString("0.###", Invariant);
}

/// <summary>How precisely a time of day was said.</summary>
internal enum TimePrecision
{
    Hour,
    Minute,
    Second,
}
