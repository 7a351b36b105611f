namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>The fixed Chinese words of dates and times: relative days, parts of the day, "now" words, weekdays.</summary>
internal static class ChineseDateWords
{
    /// <summary>Relative days, some with a part of the day folded in (昨晚 = yesterday evening).</summary>
    public static readonly (string Word, int Days, Daypart? Daypart)[] RelativeDays =
    [
        ("大前天", -3, null), ("大后天", 3, null), ("大後天", 3, null),
        ("今天", 0, null), ("今日", 0, null), ("今儿", 0, null), ("当天", 0, null), ("当日", 0, null),
        ("明天", 1, null), ("明日", 1, null), ("明儿", 1, null), ("后天", 2, null), ("後天", 2, null),
        ("昨天", -1, null), ("昨日", -1, null), ("昨儿", -1, null), ("前天", -2, null),
        ("今早", 0, Daypart.Morning), ("今晨", 0, Daypart.Morning), ("今晚", 0, Daypart.Evening), ("今夜", 0, Daypart.Night),
        ("昨早", -1, Daypart.Morning), ("昨晚", -1, Daypart.Evening), ("昨夜", -1, Daypart.Night),
        ("明早", 1, Daypart.Morning), ("明晚", 1, Daypart.Evening), ("前晚", -2, Daypart.Evening),
    ];

    /// <summary>Parts of the day, longest first so that 早上 wins over 早.</summary>
    public static readonly (string Word, Daypart Daypart)[] Dayparts =
    [
        ("凌晨", Daypart.EarlyMorning), ("清晨", Daypart.Morning), ("早晨", Daypart.Morning), ("早上", Daypart.Morning),
        ("早间", Daypart.Morning), ("上午", Daypart.Forenoon), ("中午", Daypart.Noon), ("午间", Daypart.Noon),
        ("下午", Daypart.Afternoon), ("午后", Daypart.Afternoon), ("傍晚", Daypart.Dusk), ("晚上", Daypart.Evening),
        ("晚间", Daypart.Evening), ("夜晚", Daypart.Night), ("夜里", Daypart.Night), ("夜间", Daypart.Night),
        ("深夜", Daypart.Midnight), ("半夜", Daypart.Midnight), ("午夜", Daypart.Midnight), ("白天", Daypart.Daytime),
    ];

    /// <summary>Single-character parts of the day, only right after a date (7月25日早, 昨天晚).</summary>
    public static readonly (string Word, Daypart Daypart)[] ShortDayparts =
    [
        ("早", Daypart.Morning), ("晚", Daypart.Evening),
    ];

    /// <summary>"Now" words and the timex upstream gives them.</summary>
    public static readonly (string Word, string Timex)[] NowWords =
    [
        ("刚刚", "PAST_REF"), ("刚才", "PAST_REF"), ("方才", "PAST_REF"), ("现在", "PRESENT_REF"), ("此刻", "PRESENT_REF"),
        ("此时", "PRESENT_REF"), ("马上", "FUTURE_REF"), ("立刻", "FUTURE_REF"), ("立即", "FUTURE_REF"),
    ];

    public static readonly string[] WeekWords = ["星期", "礼拜", "禮拜", "週", "周"];

    /// <summary>1 (Monday) to 7 (Sunday), 0 when not a weekday character.</summary>
    public static int Weekday(char c) => c switch
    {
        '一' or '1' => 1,
        '二' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        '日' or '天' or '七' or '7' => 7,
        _ => 0,
    };

    /// <summary>Week offsets for 上上/上/这/本/下/下下, with an optional 个.</summary>
    public static readonly (string Word, int Weeks)[] WeekPrefixes =
    [
        ("上上个", -2), ("下下个", 2), ("上上", -2), ("下下", 2), ("上个", -1), ("下个", 1), ("这个", 0), ("上", -1),
        ("下", 1), ("这", 0), ("本", 0), ("今", 0),
    ];

    /// <summary>Months named relative to now: 本月, 上个月, 下月.</summary>
    public static readonly (string Word, int Months)[] RelativeMonths =
    [
        ("上上个月", -2), ("下下个月", 2), ("这个月", 0), ("本月", 0), ("这月", 0), ("当月", 0), ("上个月", -1), ("上月", -1),
        ("下个月", 1), ("下月", 1),
    ];

    /// <summary>Traditional month names.</summary>
    public static readonly (string Word, int Month)[] LunarMonths = [("正月", 1), ("冬月", 11), ("腊月", 12), ("臘月", 12)];

    public static bool StartsWith(string s, int i, string word) =>
        i + word.Length <= s.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;
}
