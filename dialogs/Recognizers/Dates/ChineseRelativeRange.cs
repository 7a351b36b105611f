using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Stretches counted from now: 前1周 and 过去十年 (up to today), 后1年 (from tomorrow), 上个小时 and 之前3小时 (up to now),
/// 之后5分钟 and 还剩5分钟 (from now).
/// </summary>
internal static class ChineseRelativeRange
{
    public static readonly (string Word, int Direction)[] Openers =
    [
        ("过去", -1), ("最近", -1), ("之前", -1), ("以前", -1), ("前", -1), ("近", -1), ("未来", 1), ("今后", 1), ("之后", 1), ("以后", 1),
        ("接下来", 1), ("还剩", 1), ("还有", 1), ("后", 1), ("後", 1),
    ];

    private static readonly (string Word, char Unit)[] Units =
    [
        ("个小时", 'h'), ("小时", 'h'), ("个钟头", 'h'), ("钟头", 'h'), ("分钟", 'm'), ("秒钟", 's'), ("秒", 's'),
        ("天", 'D'), ("个星期", 'W'), ("星期", 'W'), ("周", 'W'), ("个月", 'M'), ("年", 'Y'),
    ];

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        if (ChineseDateWords.StartsWith(s, i, "上个小时") || ChineseDateWords.StartsWith(s, i, "上一个小时"))
        {
            var length = s[i + 1] == '一' ? 5 : 4;
            return EntityBuilder.Window(new TextSpan(i, length), reference.AddHours(-1), reference);
        }

        foreach (var (word, direction) in Openers)
        {
            if (!ChineseDateWords.StartsWith(s, i, word))
            {
                continue;
            }

            if (word.Length == 1 && i > 0 && "最然之以其此".Contains(s[i - 1], StringComparison.Ordinal))
            {
                return null; // 最后一个星期 is "the last week", not "the week after"
            }

            var j = i + word.Length;
            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }

            if (!ChineseSmallNumber.TryRead(s, j, out var numberEnd, out var amount) || amount < 1 || amount > 1000)
            {
                return null;
            }

            var k = numberEnd;
            while (k < s.Length && s[k] == ' ')
            {
                k++;
            }

            var unit = Array.Find(Units, u => ChineseDateWords.StartsWith(s, k, u.Word));
            if (unit.Word is null)
            {
                return null;
            }

            var span = TextSpan.FromBounds(i, k + unit.Word.Length);
            var isTime = unit.Unit is 'h' or 'm' or 's';
            if (isTime)
            {
                if (word is "前" or "后" or "後" or "还有")
                {
                    return null; // 前3小时 and 3小时后 read as points, 还有半小时 as a duration
                }

                var delta = unit.Unit switch { 'h' => TimeSpan.FromHours(amount), 'm' => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromSeconds(amount) };
                return direction < 0 ? EntityBuilder.Window(span, reference - delta, reference) : EntityBuilder.Window(span, reference, reference + delta);
            }

            if (word is "还剩" or "还有" or "之前" or "以前" or "之后" or "以后")
            {
                return null;
            }

            var today = DateOnly.FromDateTime(reference);
            var (start, end) = direction < 0 ? (Shift(today, unit.Unit, -amount), today) : (today.AddDays(1), Shift(today.AddDays(1), unit.Unit, amount));
            var timex = Timex.Range(start, end, string.Create(CultureInfo.InvariantCulture, $"P{amount}{unit.Unit}"));
            return EntityBuilder.Period(span, [(timex, start, end)]);
        }

        return null;
    }

    private static DateOnly Shift(DateOnly day, char unit, int amount) => unit switch
    {
        'W' => day.AddDays(7 * amount),
        'M' => day.AddMonths(amount),
        'Y' => day.AddYears(amount),
        _ => day.AddDays(amount),
    };
}
