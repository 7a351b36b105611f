namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Recurring times: 每天, 每个月, 每年, 每周一, 每周一下午八点 (upstream's "set": a timex, no value).</summary>
internal static class ChineseSetParser
{
    private static readonly (string Word, string Timex)[] Periods =
    [
        ("个小时", "PT1H"), ("小时", "PT1H"), ("分钟", "PT1M"), ("天", "P1D"), ("日", "P1D"), ("个星期", "P1W"), ("个礼拜", "P1W"),
        ("星期", "P1W"), ("礼拜", "P1W"), ("周", "P1W"), ("週", "P1W"), ("个月", "P1M"), ("月", "P1M"), ("年", "P1Y"),
    ];

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        if (!ChineseDateWords.StartsWith(s, i, "每"))
        {
            return null;
        }

        var j = i + 1;
        var weekWord = Array.Find(ChineseDateWords.WeekWords, w => ChineseDateWords.StartsWith(s, j, w));
        if (weekWord is not null && j + weekWord.Length < s.Length && ChineseDateWords.Weekday(s[j + weekWord.Length]) is var weekday and > 0
            && s[j + weekWord.Length] != '天')
        {
            var dayTimex = $"XXXX-WXX-{weekday}";
            var end = j + weekWord.Length + 1;
            if (ChineseAnchorParser.ParseComposite(s, end, reference) is { Kind: AnchorKind.Time or AnchorKind.Daypart } time && time.Entity.Values.Count > 0)
            {
                var clock = time.Entity.Values[^1].Timex;
                return Set(TextSpan.FromBounds(i, time.Span.EndExclusive), dayTimex + clock);
            }

            return Set(TextSpan.FromBounds(i, end), dayTimex);
        }

        foreach (var (word, timex) in Periods)
        {
            if (ChineseDateWords.StartsWith(s, j, word))
            {
                return Set(TextSpan.FromBounds(i, j + word.Length), timex);
            }
        }

        return null;
    }

    private static DateTimeEntity Set(TextSpan span, string timex) =>
        new(span, DateTimeSubtype.Set, [new DateTimeValue(timex, NotResolved: true)], []);
}
