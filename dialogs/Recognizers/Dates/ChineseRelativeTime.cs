using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Times counted back or forward from now: 三个小时前, 半小时前, 一个半小时前, 10分钟前, 5天前, 两周后, 三个月前, and
/// approximate counts read as the stretch they name with its middle as the likely moment: 一个多小时前 (one to two
/// hours), 二十几分钟前 (20 to 30 minutes), 半个多小时前 (half an hour to an hour), 三四个钟头前 / 2-3个小时前 (three to
/// four, two to three hours).
/// </summary>
internal static class ChineseRelativeTime
{
    private enum Unit
    {
        Second,
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Year,
    }

    private static readonly (string Word, Unit Unit)[] Units =
    [
        ("个小时", Unit.Hour), ("个钟头", Unit.Hour), ("小时", Unit.Hour), ("钟头", Unit.Hour), ("分钟", Unit.Minute),
        ("秒钟", Unit.Second), ("秒", Unit.Second), ("天", Unit.Day), ("日", Unit.Day), ("个星期", Unit.Week), ("个礼拜", Unit.Week),
        ("星期", Unit.Week), ("礼拜", Unit.Week), ("周", Unit.Week), ("个月", Unit.Month), ("年", Unit.Year), ("分", Unit.Minute),
    ];

    private static readonly (string Word, int Direction)[] Directions =
    [
        ("以前", -1), ("之前", -1), ("前", -1), ("以后", 1), ("之后", 1), ("以後", 1), ("之後", 1), ("后", 1), ("後", 1),
    ];

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        if (ChineseYearParser.TryWritten(s, i, out _, out _))
        {
            return null; // 2015年前 is before the year 2015, 07年以后 after 2007
        }

        if (!TryAmount(s, i, out var j, out var amount, out var upTo))
        {
            return null;
        }

        var unitWord = Array.Find(Units, u => ChineseDateWords.StartsWith(s, j, u.Word));
        if (unitWord.Word is null)
        {
            return null;
        }

        j += unitWord.Word.Length;
        if (ChineseDateWords.StartsWith(s, j, "半") && decimal.IsInteger(amount))
        {
            amount += 0.5m;
            j++;
        }
        else if (upTo is null && ChineseDateWords.StartsWith(s, j, "多"))
        {
            upTo = amount + NextStep(amount);
            j++;
        }

        var direction = Array.Find(Directions, d => ChineseDateWords.StartsWith(s, j, d.Word));
        if (direction.Word is null || (unitWord.Unit == Unit.Minute && unitWord.Word == "分" && direction.Direction > 0))
        {
            return null;
        }

        if ((upTo ?? amount) > MaxAmount(unitWord.Unit))
        {
            return null;
        }

        var span = TextSpan.FromBounds(i, j + direction.Word.Length);
        var sign = direction.Direction;
        var unit = unitWord.Unit;
        if (unit is Unit.Day or Unit.Week or Unit.Month or Unit.Year && decimal.IsInteger(amount) && upTo is null)
        {
            var day = Shift(DateOnly.FromDateTime(reference), unit, (int)amount * sign);
            return EntityBuilder.DateOnly(span, DateCandidates.Single(day));
        }

        var at = Shift(reference, unit, amount * sign);
        if (upTo is { } high)
        {
            var further = Shift(reference, unit, high * sign);
            var likely = Shift(reference, unit, (amount + high) / 2 * sign);
            return sign < 0 ? EntityBuilder.About(span, further, at, likely) : EntityBuilder.About(span, at, further, likely);
        }

        return EntityBuilder.Instant(span, at, Timex.Date(DateOnly.FromDateTime(at)));
    }

    /// <summary>Bounds that keep every shifted date inside the calendar.</summary>
    private static decimal MaxAmount(Unit unit) => unit switch
    {
        Unit.Year => 2000,
        Unit.Month => 24000,
        Unit.Week => 100000,
        _ => 700000,
    };

    /// <summary>
    /// "多"/"几" after a count reaches up to the next step of the count's own scale: 一个多 is one to two, 二十几 twenty to
    /// thirty, 一百多 a hundred to two hundred, 半个多 half to one.
    /// </summary>
    private static decimal NextStep(decimal amount)
    {
        if (!decimal.IsInteger(amount))
        {
            return 0.5m;
        }

        var step = 1m;
        while (amount >= step * 10 && amount % (step * 10) == 0)
        {
            step *= 10;
        }

        return step;
    }

    /// <summary>
    /// "三个", "10", "半个", "一个半" (1.5), "两个多" (two to three), "十几" (ten to twenty), "三四" and "2-3" (three to four,
    /// two to three): <paramref name="upTo"/> is the far end of an approximate count.
    /// </summary>
    private static bool TryAmount(string s, int i, out int end, out decimal amount, out decimal? upTo)
    {
        end = i;
        amount = 0;
        upTo = null;
        if (TryNeighbours(s, i, out end, out var low, out var high))
        {
            amount = low;
            upTo = high;
            return true;
        }

        if (ChineseDateWords.StartsWith(s, i, "半"))
        {
            amount = 0.5m;
            end = i + 1;
        }
        else if (ChineseSmallNumber.TryRead(s, i, out var numberEnd, out var n) && n > 0)
        {
            amount = n;
            end = numberEnd;
            if (end < s.Length && s[end] == '.' && end + 1 < s.Length && ArabicNumberReader.IsDigit(s[end + 1]) &&
                ArabicNumberReader.TryReadPlain(s, i, out var decimalEnd, out var withDecimals))
            {
                amount = withDecimals;
                end = decimalEnd;
            }
        }
        else
        {
            return false;
        }

        if (end < s.Length && s[end] is '几' or '幾' && decimal.IsInteger(amount) && amount >= 10)
        {
            upTo = amount + NextStep(amount);
            end++;
            return true;
        }

        if (ChineseDateWords.StartsWith(s, end, "个半"))
        {
            amount += 0.5m;
            end += 2;
            return true;
        }

        if (ChineseDateWords.StartsWith(s, end, "多个") || ChineseDateWords.StartsWith(s, end, "个多"))
        {
            upTo = amount + NextStep(amount);
            end += 2;
            return true;
        }

        if (ChineseDateWords.StartsWith(s, end, "多"))
        {
            upTo = amount + NextStep(amount);
            end++;
            return true;
        }

        if (ChineseDateWords.StartsWith(s, end, "个") && !ChineseDateWords.StartsWith(s, end, "个小时")
            && !ChineseDateWords.StartsWith(s, end, "个钟头") && !ChineseDateWords.StartsWith(s, end, "个月")
            && !ChineseDateWords.StartsWith(s, end, "个星期") && !ChineseDateWords.StartsWith(s, end, "个礼拜"))
        {
            end++;
        }

        return true;
    }

    /// <summary>
    /// Two neighbouring counts said together: "三四" (3 to 4), "一两" (1 to 2), "二三十" (20 to 30), and digits joined by a
    /// dash or 到/至: "2-3", "2到3".
    /// </summary>
    private static bool TryNeighbours(string s, int i, out int end, out decimal low, out decimal high)
    {
        end = i;
        low = high = 0;
        if (i + 1 < s.Length && ChineseNumerals.Digit(s[i]) is > 0 and var a && ChineseNumerals.Digit(s[i + 1]) == a + 1
            && !(i > 0 && ChineseNumerals.IsNumeral(s[i - 1])))
        {
            var scale = i + 2 < s.Length && s[i + 2] is '十' or '拾' ? 10 : 1;
            end = i + 2 + (scale == 10 ? 1 : 0);
            if (end < s.Length && ChineseNumerals.IsNumeral(s[end]))
            {
                return false;
            }

            (low, high) = (a * scale, (a + 1) * scale);
            return true;
        }

        if (!ArabicNumberReader.IsDigit(s[i]) || !ChineseSmallNumber.TryRead(s, i, out var firstEnd, out var first) || firstEnd >= s.Length
            || s[firstEnd] is not ('-' or '~' or '～' or '到' or '至' or '—'))
        {
            return false;
        }

        if (!ChineseSmallNumber.TryRead(s, firstEnd + 1, out var secondEnd, out var second) || !ArabicNumberReader.IsDigit(s[firstEnd + 1]) || second <= first)
        {
            return false;
        }

        (low, high, end) = (first, second, secondEnd);
        return true;
    }

    private static DateOnly Shift(DateOnly day, Unit unit, int amount) => unit switch
    {
        Unit.Week => day.AddDays(7 * amount),
        Unit.Month => day.AddMonths(amount),
        Unit.Year => day.AddYears(amount),
        _ => day.AddDays(amount),
    };

    private static DateTime Shift(DateTime at, Unit unit, decimal amount) => unit switch
    {
        Unit.Second => at.AddSeconds((double)amount),
        Unit.Minute => at.AddMinutes((double)amount),
        Unit.Hour => at.AddHours((double)amount),
        Unit.Day => at.AddHours((double)amount * 24),
        Unit.Week => at.AddDays((double)amount * 7),
        Unit.Month => at.AddDays((double)amount * 30),
        _ => at.AddDays((double)amount * 365),
    };
}
