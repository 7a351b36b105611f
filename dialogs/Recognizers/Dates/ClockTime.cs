namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A time of day as said: <see cref="Hour"/> may be 12-hour (<see cref="IsTwelveHour"/>: 9点 could be 09:00 or 21:00)
/// or run past 24 (半夜两点 = 26, i.e. 02:00 the next day). <see cref="Approximation"/>: 九点多 covers the hour after,
/// 九点左右 half an hour either side. <see cref="AmbiguousWithDate"/>: stays a.m./p.m.-ambiguous even after a day
/// ("昨天5:00"); <see cref="TwelveMeansMidnightToo"/>: "12:00" may be noon or midnight.
/// </summary>
internal sealed record ClockTime(
    int Hour,
    int Minute,
    int Second,
    TimePrecision Precision,
    bool IsTwelveHour,
    ClockApproximation Approximation = ClockApproximation.None,
    bool AmbiguousWithDate = false,
    bool TwelveMeansMidnightToo = false,
    string? ApproximationMod = null)
{
    public TimeSpan Offset => new(Hour, Minute, Second);
}

internal enum ClockApproximation
{
    None,
    HourAndMore,
    Around,
}
