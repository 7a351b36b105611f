namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A part of the day. <see cref="TimexCode"/> and the upstream hours (<see cref="UpstreamStart"/>..<see cref="UpstreamEnd"/>)
/// shape the resolution as Recognizers-Text writes it; <see cref="ReadingStart"/>..<see cref="ReadingEnd"/> are the bot's
/// conventions (CONTRACT §3), used for readings. <see cref="Afternoon"/>: a clock hour under 12 is p.m. (晚上8点 = 20:00).
/// </summary>
internal sealed record Daypart(
    string TimexCode,
    int UpstreamStart,
    int UpstreamEnd,
    int ReadingStart,
    int ReadingEnd,
    HourShift Shift)
{
    // Upstream hours: MO 08-12, AF 12-16, EV 16-20, NI 20-24 (24 ends the day).
    public static readonly Daypart EarlyMorning = new("TMO", 8, 12, 0, 6, HourShift.None);        // 凌晨
    public static readonly Daypart Morning = new("TMO", 8, 12, 6, 10, HourShift.None);            // 早上
    public static readonly Daypart Forenoon = new("TMO", 8, 12, 6, 12, HourShift.None);           // 上午, morning
    public static readonly Daypart Noon = new("TMI", 11, 13, 11, 14, HourShift.Noon);             // 中午
    public static readonly Daypart Afternoon = new("TAF", 12, 16, 12, 18, HourShift.Afternoon);   // 下午, afternoon
    public static readonly Daypart Dusk = new("TEV", 16, 20, 17, 20, HourShift.Afternoon);        // 傍晚
    public static readonly Daypart Evening = new("TEV", 16, 20, 18, 24, HourShift.Afternoon);     // 晚上, evening
    public static readonly Daypart Night = new("TNI", 20, 24, 18, 24, HourShift.Afternoon);       // 夜里, night
    public static readonly Daypart Midnight = new("TNI", 20, 24, 23, 27, HourShift.Midnight);     // 半夜: runs past midnight
    public static readonly Daypart Daytime = new("TDT", 8, 18, 6, 18, HourShift.None);            // 白天
    public static readonly Daypart NightTime = new("TNT", 0, 8, 0, 6, HourShift.None);            // night-time: the small hours

    // Mealtimes, upstream's TMEB/TMEL/TMED; the readings are when people in China usually eat.
    public static readonly Daypart Breakfast = new("TMEB", 8, 12, 6, 10, HourShift.None);
    public static readonly Daypart Lunch = new("TMEL", 11, 13, 11, 14, HourShift.Noon);
    public static readonly Daypart Dinner = new("TMED", 16, 20, 17, 21, HourShift.Afternoon);

    /// <summary>Upstream keeps a mealtime apart from the day it falls on ("at lunch | tomorrow").</summary>
    public bool IsMeal => TimexCode.StartsWith("TME", StringComparison.Ordinal);

    /// <summary>The clock hour a user means by <paramref name="hour"/> in this part of the day.</summary>
    public int ToClockHour(int hour) => Shift switch
    {
        HourShift.Afternoon when hour < 12 => hour + 12,
        HourShift.Noon when hour < 6 => hour + 12,
        HourShift.Midnight when hour == 12 => 24,
        HourShift.Midnight when hour < 6 => hour + 24,
        HourShift.Midnight when hour < 12 => hour + 12,
        _ => hour,
    };
}

/// <summary>How a part of the day shifts a 12-hour clock reading.</summary>
internal enum HourShift
{
    None,
    Noon,
    Afternoon,
    Midnight,
}
