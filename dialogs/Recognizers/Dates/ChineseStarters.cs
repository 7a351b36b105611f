using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The characters a Chinese date/time expression can begin with, gathered from every word list, so the scanner
/// skips all other positions at once.
/// </summary>
internal static class ChineseStarters
{
    private static readonly HashSet<char> Chars = Build();

    public static bool CanStart(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeral(c) || Chars.Contains(c);

    private static HashSet<char> Build()
    {
        var words = new List<string>
        {
            "从", "自", "每", "最近", "农历", "阴历", "半", "上个小时", "上一个小时", "大年三十",
        };
        words.AddRange(ChineseDateWords.RelativeDays.Select(w => w.Word));
        words.AddRange(ChineseDateWords.Dayparts.Select(w => w.Word));
        words.AddRange(ChineseDateWords.NowWords.Select(w => w.Word));
        words.AddRange(ChineseDateWords.WeekWords);
        words.AddRange(ChineseDateWords.WeekPrefixes.Select(w => w.Word));
        words.AddRange(ChineseDateWords.WeekPrefixes.Select(w => w.Word.Replace('个', '個')));
        words.AddRange(ChineseDateWords.RelativeMonths.Select(w => w.Word));
        words.AddRange(ChineseDateWords.LunarMonths.Select(w => w.Word));
        words.AddRange(ChineseYearParser.RelativeYears.Select(w => w.Word));
        words.AddRange(ChineseEras.Eras.Select(e => e.Name));
        words.AddRange(ChineseModifiers.Prefixes.Select(w => w.Word));
        words.AddRange(ChineseRelativeRange.Openers.Select(w => w.Word));
        words.AddRange(ChineseClockParser.ApproximationPrefixes);
        return [.. words.Where(w => w.Length > 0).Select(w => w[0])];
    }
}
