using System.Globalization;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>English amounts, times and message frames as users write them to the bot.</summary>
internal static class EnglishOracleTemplates
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static readonly OracleTemplate[] Amounts =
    [
        new("en.amount.digits-yuan", r => $"{r.SentSum()} {r.Pick("yuan", "RMB", "CNY")}"),
        new("en.amount.grouped-digits-yuan", r => $"{r.Next(1, 100)},{r.Next(0, 1000):000} {r.Pick("yuan", "RMB")}"),
        new("en.amount.code-first", r => $"{r.Pick("RMB", "CNY")} {r.SentSum()}"),
        new("en.amount.yen-sign", r => $"¥{r.SentSum()}"),
        new("en.amount.k-yuan", r => $"{r.Next(1, 20)}k {r.Pick("yuan", "RMB")}"),
        new("en.amount.dollars", r => $"{r.SentSum()} {r.Pick("dollars", "USD", "bucks")}"),
        new("en.amount.dollar-sign", r => $"${r.SentSum()}"),
        new("en.amount.decimal-yuan", r => $"{r.Next(1, 1000)}.{r.Next(1, 100):00} {r.Pick("yuan", "RMB", "dollars")}"),
        new("en.amount.words-yuan", r => $"{r.Pick(NumberWords)} {r.Pick("hundred", "thousand")} yuan"),
    ];

    public static readonly OracleTemplate[] Times =
    [
        new("en.time.days-ago", r => $"{Count(r, 2, 10)} days ago"),
        new("en.time.hours-ago", r => $"{Count(r, 1, 12)} {(r.Next(2) == 0 ? "hours" : "hrs")} ago"),
        new("en.time.minutes-ago", r => $"{r.Next(2, 60)} minutes ago"),
        new("en.time.named-day", r => r.Pick("yesterday", "today", "the day before yesterday")),
        new("en.time.named-day-at-hour", r => $"{r.Pick("yesterday", "today")} at {Clock(r)}"),
        new("en.time.named-day-daypart", r => r.Pick("yesterday morning", "yesterday afternoon", "yesterday evening", "last night", "this morning")),
        new("en.time.last-weekday", r => $"last {r.Pick(Weekdays)}"),
        new("en.time.on-weekday", r => $"on {r.Pick(Weekdays)}"),
        new("en.time.last-weekday-at-hour", r => $"last {r.Pick(Weekdays)} at {Clock(r)}"),
        new("en.time.weekday-daypart", r => $"{r.Pick("last ", "on ", string.Empty)}{r.Pick(Weekdays)} {r.Pick("morning", "afternoon", "evening", "night")}"),
        new("en.time.days-ago-at-hour", r => $"{Count(r, 2, 6)} days ago at {Clock(r)}"),
        new("en.time.month-day-at-hour", r => $"on {r.Pick(Months)} {r.Next(1, 29)} at {Clock(r)}"),
        new("en.time.last-week", r => r.Pick("last week", "last month", "earlier this week")),
        new("en.time.month-day", r => $"on {r.Pick(Months)} {r.Next(1, 29)}"),
        new("en.time.month-ordinal", r => $"on {r.Pick(Months)} {Ordinal(r.Next(1, 29))}"),
        new("en.time.day-month-year", r => $"on {r.Next(1, 29)} {r.Pick(Months)} {r.Next(2023, 2027)}"),
        new("en.time.slash-date", r => $"on {r.Next(1, 13)}/{r.Next(1, 29)}"),
        new("en.time.at-hour", r => $"at {Clock(r)}"),
    ];

    public static readonly OracleTemplate[] Frames =
    [
        new("en.frame.time-last", _ => "I sent {amount} to a stranger {time}"),
        new("en.frame.time-first", _ => "{time} I transferred {amount} by mistake"),
        new("en.frame.scammed", _ => "I was scammed out of {amount} {time}"),
        new("en.frame.paid", _ => "{time} I paid {amount} to a fake seller"),
    ];

    /// <summary>A clock time with am/pm, as "8pm", "8 pm", "8:30 pm" or "08:15".</summary>
    private static string Clock(Random r)
    {
        var hour = r.Next(1, 13);
        var minute = r.Next(0, 12) * 5;
        return r.Next(4) switch
        {
            0 => $"{hour}{r.Pick("am", "pm")}",
            1 => $"{hour} {r.Pick("am", "pm", "a.m.", "p.m.")}",
            2 => $"{hour}:{minute:00} {r.Pick("am", "pm")}",
            _ => $"{r.Next(0, 24):00}:{minute:00}",
        };
    }

    private static string Ordinal(int day) => day switch
    {
        1 or 21 => $"{day}st",
        2 or 22 => $"{day}nd",
        3 or 23 => $"{day}rd",
        _ => $"{day}th",
    };

    private static string Count(Random r, int from, int to)
    {
        var n = r.Next(from, to + 1);
        return r.Next(2) == 0 ? n.ToString(CultureInfo.InvariantCulture) : NumberWords[n - 1];
    }
}
