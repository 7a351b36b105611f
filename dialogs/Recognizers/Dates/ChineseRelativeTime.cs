using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Times counted back or forward from now: 三个小时前, 半小时前, 一个半小时前, 一个多小时前 (between two and one hours
/// ago), 10分钟前, 5天前, 两周后, 三个月前.
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

        if (!TryAmount(s, i, out var j, out var amount, out var more))
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
        else if (!more && ChineseDateWords.StartsWith(s, j, "多"))
        {
            more = true;
            j++;
        }

        var direction = Array.Find(Directions, d => ChineseDateWords.StartsWith(s, j, d.Word));
        if (direction.Word is null || (unitWord.Unit == Unit.Minute && unitWord.Word == "分" && direction.Direction > 0))
        {
            return null;
        }

        if (amount > MaxAmount(unitWord.Unit))
        {
            return null;
        }

        var span = TextSpan.FromBounds(i, j + direction.Word.Length);
        var sign = direction.Direction;
        var unit = unitWord.Unit;
        if (unit is Unit.Day or Unit.Week or Unit.Month or Unit.Year && decimal.IsInteger(amount) && !more)
        {
            var day = Shift(DateOnly.FromDateTime(reference), unit, (int)amount * sign);
            return EntityBuilder.DateOnly(span, DateCandidates.Single(day));
        }

        var at = Shift(reference, unit, amount * sign);
        if (more)
        {
            var further = Shift(reference, unit, (amount + 1) * sign);
            return sign < 0 ? EntityBuilder.Window(span, further, at) : EntityBuilder.Window(span, at, further);
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

    /// <summary>"三个", "10", "半个", "一个半" (1.5), "两个多" (more than two).</summary>
    private static bool TryAmount(string s, int i, out int end, out decimal amount, out bool more)
    {
        end = i;
        amount = 0;
        more = false;
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

        if (ChineseDateWords.StartsWith(s, end, "个半"))
        {
            amount += 0.5m;
            end += 2;
            return true;
        }

        if (ChineseDateWords.StartsWith(s, end, "多个") || ChineseDateWords.StartsWith(s, end, "个多"))
        {
            more = true;
            end += 2;
            return true;
        }

        if (ChineseDateWords.StartsWith(s, end, "多"))
        {
            more = true;
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
