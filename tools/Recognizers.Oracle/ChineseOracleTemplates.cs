using System.Globalization;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>Chinese amounts, times and message frames as users write them to the bot.</summary>
internal static class ChineseOracleTemplates
{
    private const string Weekdays = "一二三四五六日";

    public static readonly OracleTemplate[] Amounts =
    [
        new("zh.amount.digits-yuan", r => $"{r.SentSum()}{r.Pick("元", "块", "块钱")}"),
        new("zh.amount.numerals-yuan", r => $"{ChineseNumeralWriter.Write(r.SentSum(), liang: r.Next(2) == 0)}{r.Pick("元", "块", "块钱")}"),
        new("zh.amount.wan", r => $"{r.Pick("1", "2", "3", "5", "8", "1.5", "2.5", "10", "12")}万{r.Pick("元", "块")}"),
        new("zh.amount.numerals-wan", r => $"{ChineseNumeralWriter.Write(r.Next(1, 100), liang: true)}万{r.Pick("元", "块", "块钱")}"),
        new("zh.amount.qian", r => $"{r.Next(1, 10)}千{r.Pick("元", "块")}"),
        new("zh.amount.wan-qian", r => $"{r.Next(1, 10)}万{r.Next(1, 10)}千{r.Pick("元", "块")}"),
        new("zh.amount.yuan-code-first", r => $"{r.Pick("RMB", "CNY")} {r.SentSum()}"),
        new("zh.amount.k", r => $"{r.Next(1, 20)}k{r.Pick("元", "块")}"),
        new("zh.amount.renminbi", r => $"人民币{r.SentSum()}元"),
        new("zh.amount.yen-sign", r => $"{r.Pick("¥", "￥")}{r.SentSum()}"),
        new("zh.amount.rmb-code", r => $"{r.SentSum()}{r.Pick("RMB", "rmb", "CNY")}"),
        new("zh.amount.yuan-jiao", r => $"{r.Next(1, 100)}块{ChineseNumeralWriter.Write(r.Next(1, 10), liang: false)}毛"),
    ];

    public static readonly OracleTemplate[] Times =
    [
        new("zh.time.days-ago", r => $"{Count(r, 2, 10)}天前"),
        new("zh.time.hours-ago", r => $"{Count(r, 1, 12)}个{r.Pick("小时", "钟头")}前"),
        new("zh.time.minutes-ago", r => $"{r.Next(2, 60)}分钟前"),
        new("zh.time.half-hour-ago", _ => "半小时前"),
        new("zh.time.named-day", r => r.Pick("昨天", "前天", "今天")),
        new("zh.time.named-day-daypart-hour", r => DaypartHour(r, r.Pick("昨天", "前天", "今天"))),
        new("zh.time.daypart-hour", r => DaypartHour(r, string.Empty)),
        new("zh.time.last-week-weekday", r => $"{r.Pick("上周", "上星期", "上个星期", "上个礼拜")}{Weekdays[r.Next(7)]}"),
        new("zh.time.last-week-weekday-hour", r => DaypartHour(r, $"{r.Pick("上周", "上星期")}{Weekdays[r.Next(7)]}")),
        new("zh.time.this-week-weekday", r => $"{r.Pick("这周", "本周", "周", "星期")}{Weekdays[r.Next(7)]}"),
        new("zh.time.last-night-hour", r => $"{r.Pick("昨晚", "昨天夜里")}{r.Next(7, 12)}点{r.Pick("", "半", "多")}"),
        new("zh.time.days-ago-daypart", r => $"{Count(r, 2, 6)}天前的{r.Pick("上午", "下午", "晚上")}"),
        new("zh.time.month-day", r => $"{r.Next(1, 13)}月{r.Next(1, 29)}{r.Pick("日", "号")}"),
        new("zh.time.year-month-day", r => $"{r.Next(2023, 2027)}年{r.Next(1, 13)}月{r.Next(1, 29)}日"),
        new("zh.time.month-day-hour", r => $"{r.Next(1, 13)}月{r.Next(1, 29)}日{DaypartHour(r, string.Empty)}"),
        new("zh.time.numeric-date", r => $"{r.Next(2023, 2027)}-{r.Next(1, 13):00}-{r.Next(1, 29):00}"),
    ];

    public static readonly OracleTemplate[] Frames =
    [
        new("zh.frame.time-first", _ => "{time}给他转了{amount}"),
        new("zh.frame.scammed", _ => "{time}被骗了{amount}"),
        new("zh.frame.subject-time", _ => "我{time}转错了{amount}，能退回来吗"),
        new("zh.frame.amount-first", _ => "那{amount}是{time}转过去的"),
    ];

    /// <summary>A daypart and an hour it covers, with minutes, 半 or nothing (晚上8点, 下午3点半, 早上7点20分).</summary>
    private static string DaypartHour(Random r, string day)
    {
        var (daypart, first, last) = r.Next(5) switch
        {
            0 => ("早上", 6, 9),
            1 => ("上午", 8, 11),
            2 => ("下午", 1, 5),
            3 => ("晚上", 7, 11),
            _ => ("凌晨", 1, 5),
        };
        var hour = r.Next(first, last + 1);
        var minutes = r.Next(3) switch
        {
            0 => string.Empty,
            1 => "半",
            _ => $"{r.Next(1, 60)}分",
        };
        return $"{day}{daypart}{hour}点{minutes}";
    }

    /// <summary>A small count in digits or in numerals (两 for 2).</summary>
    private static string Count(Random r, int from, int to)
    {
        var n = r.Next(from, to + 1);
        return r.Next(2) == 0 ? n.ToString(CultureInfo.InvariantCulture) : n == 2 ? "两" : ChineseNumeralWriter.Write(n, liang: false);
    }
}
