using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Chinese durations: 两年, 5 小时, 半小时, 半个月, 三年半, 一个钟头, 8天20小时, 五个星期3小时, 一年多三个月又20天8小时余50分钟20秒.
/// A year written digit by digit (2009年, 零八年) is a year, not a duration.
/// </summary>
internal static class ChineseDurationParser
{
    private static readonly (string Word, DurationUnit Unit)[] Units =
    [
        ("个小时", DurationUnit.Hour), ("个钟头", DurationUnit.Hour), ("个星期", DurationUnit.Week), ("个礼拜", DurationUnit.Week),
        ("小时", DurationUnit.Hour), ("钟头", DurationUnit.Hour), ("分钟", DurationUnit.Minute), ("秒钟", DurationUnit.Second),
        ("个月", DurationUnit.Month), ("星期", DurationUnit.Week), ("礼拜", DurationUnit.Week), ("年", DurationUnit.Year),
        ("周", DurationUnit.Week), ("週", DurationUnit.Week), ("天", DurationUnit.Day), ("秒", DurationUnit.Second),
    ];

    /// <summary>Units that count only inside a longer duration: "8天20时" (时 alone is a clock hour).</summary>
    private static readonly (string Word, DurationUnit Unit)[] InnerUnits = [("时", DurationUnit.Hour), ("分", DurationUnit.Minute)];

    public static DateTimeEntity? Match(string s, int i)
    {
        var parts = new List<(decimal Amount, DurationUnit Unit)>();
        var j = i;
        var end = i;
        while (true)
        {
            if (!TryPart(s, j, parts.Count > 0, out var partEnd, out var amount, out var unit))
            {
                break;
            }

            parts.Add((amount, unit));
            end = partEnd;
            j = partEnd;
            if (j < s.Length && s[j] is '多' or '又' or '余' or '零' && parts.Count > 0)
            {
                // "一年多三个月", "一年又一个月", "8小时余50分钟"
                var k = j + 1;
                if (TryPart(s, k, true, out _, out _, out _))
                {
                    j = k;
                }
            }
        }

        return parts.Count == 0 ? null : DurationBuilder.Build(TextSpan.FromBounds(i, end), parts);
    }

    private static bool TryPart(string s, int i, bool inner, out int end, out decimal amount, out DurationUnit unit)
    {
        end = i;
        amount = 0;
        unit = DurationUnit.Day;
        var j = i;
        if (ChineseDateWords.StartsWith(s, j, "半"))
        {
            amount = 0.5m;
            j++;
            if (ChineseDateWords.StartsWith(s, j, "个") && !StartsUnit(s, j))
            {
                j++;
            }
        }
        else if (ChineseYearParser.TryWritten(s, j, out _, out _))
        {
            return false;
        }
        else if (ChineseSmallNumber.TryRead(s, j, out var numberEnd, out var n) && n > 0)
        {
            amount = n;
            j = numberEnd;
            if (j + 1 < s.Length && s[j] == '.' && ArabicNumberReader.IsDigit(s[j + 1]) && ArabicNumberReader.TryReadPlain(s, i, out var decimalEnd, out var withDecimals))
            {
                amount = withDecimals;
                j = decimalEnd;
            }

            if (ChineseDateWords.StartsWith(s, j, "个半"))
            {
                amount += 0.5m;
                j += 2;
            }
            else if (ChineseDateWords.StartsWith(s, j, "个") && !StartsUnit(s, j))
            {
                j++;
            }

            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }
        }
        else
        {
            return false;
        }

        var found = Array.Find(Units, u => ChineseDateWords.StartsWith(s, j, u.Word));
        if (found.Word is null && inner)
        {
            found = Array.Find(InnerUnits, u => ChineseDateWords.StartsWith(s, j, u.Word));
        }

        if (found.Word is null || (found.Word is "周" or "週" or "星期" && j < s.Length - found.Word.Length && ChineseDateWords.Weekday(s[j + found.Word.Length]) > 0 && !found.Word.StartsWith('个')))
        {
            return false;
        }

        // 两个年份 counts years as things; 18周岁 is an age.
        var after = j + found.Word.Length < s.Length ? s[j + found.Word.Length] : ' ';
        if ((found.Unit == DurationUnit.Year || found.Unit == DurationUnit.Day) && j > 0 && s[j - 1] == '个' || after is '份' or '岁' or '歲')
        {
            return false;
        }

        j += found.Word.Length;
        unit = found.Unit;
        if (ChineseDateWords.StartsWith(s, j, "半") && decimal.IsInteger(amount) && !ChineseDateWords.StartsWith(s, j, "半年") && !ChineseDateWords.StartsWith(s, j, "半个"))
        {
            amount += 0.5m;
            j++;
        }

        end = j;
        return true;
    }

    private static bool StartsUnit(string s, int i) =>
        Array.Exists(Units, u => u.Word.StartsWith('个') && ChineseDateWords.StartsWith(s, i, u.Word));
}
