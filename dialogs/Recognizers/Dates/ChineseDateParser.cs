using System.Globalization;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// One Chinese day expression: 前天, 昨晚, 周五, 上周三, 11月20日, 2016年3月1日, 29日, 本月十日, 农历十月初一,
/// 康熙三年五月初五, 2010/01/29, 12/1. Calendar dates also return their <see cref="DateFields"/> for ranges.
/// </summary>
internal static class ChineseDateParser
{
    public static bool TryParse(string s, int i, DateOnly today, out int end, out DateCandidates date, out Daypart? daypart, out DateFields? fields)
    {
        daypart = null;
        fields = null;
        foreach (var (word, days, part) in ChineseDateWords.RelativeDays)
        {
            if (ChineseDateWords.StartsWith(s, i, word))
            {
                end = i + word.Length;
                date = DateCandidates.Single(today.AddDays(days));
                daypart = part;
                return true;
            }
        }

        if (TryWeekday(s, i, today, out end, out date) || TryRelativeMonthDay(s, i, today, out end, out date))
        {
            return true;
        }

        if (TryNumericDate(s, i, out end, out var numeric) || TryCalendarDate(s, i, today, out end, out numeric))
        {
            fields = numeric;
            date = numeric.Resolve(today);
            return true;
        }

        return false;
    }

    /// <summary>周五 (the last or next Friday), 上周三 (Wednesday of last week; weeks start on Monday), 这个星期天.</summary>
    private static bool TryWeekday(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        var j = i;
        int? weeks = null;
        foreach (var (word, offset) in ChineseDateWords.WeekPrefixes)
        {
            if (ChineseDateWords.StartsWith(s, j, word))
            {
                weeks = offset;
                j += word.Length;
                break;
            }
        }

        var weekWord = Array.Find(ChineseDateWords.WeekWords, w => ChineseDateWords.StartsWith(s, j, w));
        if (weekWord is null)
        {
            return false;
        }

        j += weekWord.Length;
        if (j >= s.Length)
        {
            return false;
        }

        var weekday = ChineseDateWords.Weekday(s[j]);
        if (weekday == 0 || (s[j] == '天' && weekWord is "周" or "週" && weeks is null) || (j + 1 < s.Length && char.IsAsciiDigit(s[j + 1])))
        {
            return false;
        }

        end = j + 1;
        date = weeks is { } w
            ? DateCandidates.Single(CalendarMath.WeekdayInWeek(today, w, weekday))
            : DateCandidates.PastAndFuture(
                string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}"),
                CalendarMath.LastWeekday(today.AddDays(-1), weekday),
                CalendarMath.NextWeekday(today, weekday));
        return true;
    }

    /// <summary>本月十日, 上个月5号, 下月1日: a day of a month named relative to now.</summary>
    private static bool TryRelativeMonthDay(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        foreach (var (word, months) in ChineseDateWords.RelativeMonths)
        {
            if (!ChineseDateWords.StartsWith(s, i, word))
            {
                continue;
            }

            var j = i + word.Length;
            if (!ChineseSmallNumber.TryRead(s, j, out var dayEnd, out var day) || dayEnd >= s.Length || s[dayEnd] is not ('日' or '号' or '號'))
            {
                return false;
            }

            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
            if (!CalendarMath.IsValid(month.Year, month.Month, day))
            {
                return false;
            }

            end = dayEnd + 1;
            date = DateCandidates.Single(new DateOnly(month.Year, month.Month, day));
            return true;
        }

        return false;
    }

    /// <summary>2010/01/29, 2016-11-07, 12/1 (month/day), 10/1/2017 (day/month/year).</summary>
    private static bool TryNumericDate(string s, int i, out int end, out DateFields fields)
    {
        end = i;
        fields = null!;
        if (i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] is '/' or '.'))
        {
            return false;
        }

        if (!TryDigits(s, i, out var e1, out var first) || e1 >= s.Length || s[e1] is not ('/' or '-' or '.'))
        {
            return false;
        }

        var separator = s[e1];
        if (!TryDigits(s, e1 + 1, out var e2, out var second))
        {
            return false;
        }

        var thirdPresent = e2 < s.Length && s[e2] == separator && TryDigits(s, e2 + 1, out _, out _);
        if (thirdPresent)
        {
            TryDigits(s, e2 + 1, out var e3, out var third);
            if (FollowedByDigitOrSeparator(s, e3))
            {
                return false;
            }

            if (e1 - i == 4 && e3 - e2 - 1 <= 2)
            {
                end = e3;
                fields = new DateFields(first, second, third);
                return second is >= 1 and <= 12 && third is >= 1 and <= 31;
            }

            if (separator == '/' && e3 - e2 - 1 == 4 && e1 - i <= 2 && e2 - e1 - 1 <= 2)
            {
                end = e3;
                fields = new DateFields(third, second, first);
                return second is >= 1 and <= 12 && first is >= 1 and <= 31;
            }

            return false;
        }

        if (separator != '/' || e1 - i > 2 || e2 - e1 - 1 > 2 || FollowedByDigitOrSeparator(s, e2) || first is < 1 or > 12 || second is < 1 or > 31)
        {
            return false;
        }

        end = e2;
        fields = new DateFields(null, first, second);
        return true;
    }

    /// <summary>[Y年][M月][D日|号], lunar months and days (正月, 初一), reign eras (康熙三年).</summary>
    private static bool TryCalendarDate(string s, int i, DateOnly today, out int end, out DateFields fields)
    {
        end = i;
        fields = null!;
        var j = i;
        if (ChineseDateWords.StartsWith(s, j, "农历") || ChineseDateWords.StartsWith(s, j, "阴历"))
        {
            j += 2;
        }

        int? year = null;
        if (ChineseYearParser.TryParse(s, j, today, out var yearEnd, out var y))
        {
            year = y;
            j = yearEnd;
        }

        if (ChineseDateWords.StartsWith(s, j, "大年三十"))
        {
            end = j + 4;
            fields = new DateFields(year, 1, 30);
            return true;
        }

        int? month = null;
        if (TryMonth(s, j, out var monthEnd, out var m))
        {
            month = m;
            j = monthEnd;
        }
        else if (year is not null)
        {
            return false; // a year alone is a period, not a day
        }

        if (!TryDayOfMonth(s, j, month is not null, out var dayEnd, out var day))
        {
            return false;
        }

        end = dayEnd;
        fields = new DateFields(year, month, day);
        return true;
    }

    /// <summary>十月, 10月, 正月, 腊月: a month followed by its day (the month alone is a period).</summary>
    public static bool TryMonth(string s, int i, out int end, out int month)
    {
        end = i;
        month = 0;
        foreach (var (word, m) in ChineseDateWords.LunarMonths)
        {
            if (ChineseDateWords.StartsWith(s, i, word))
            {
                end = i + word.Length;
                month = m;
                return true;
            }
        }

        if (ChineseSmallNumber.TryRead(s, i, out var numberEnd, out var value))
        {
            var j = numberEnd;
            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }

            if (j < s.Length && s[j] == '月' && value is >= 1 and <= 12)
            {
                end = j + 1;
                month = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>十日, 20号, 初一, 十五 (after a month, with nothing numeric after it).</summary>
    private static bool TryDayOfMonth(string s, int i, bool afterMonth, out int end, out int day)
    {
        end = i;
        day = 0;
        if (afterMonth && ChineseDateWords.StartsWith(s, i, "初") && ChineseSmallNumber.TryRead(s, i + 1, out var lunarEnd, out var lunarDay) && lunarDay is >= 1 and <= 10)
        {
            end = lunarEnd;
            day = lunarDay;
            return true;
        }

        if (!ChineseSmallNumber.TryRead(s, i, out var dayEnd, out day) || day is < 1 or > 31)
        {
            return false;
        }

        var marker = dayEnd < s.Length ? s[dayEnd] : ' ';
        if (marker is '日' or '号' or '號')
        {
            if (!afterMonth && marker != '日')
            {
                return false; // "12号" alone is left alone, as upstream does
            }

            end = dayEnd + 1;
            return true;
        }

        if (afterMonth && !char.IsAsciiDigit(s[i]) && IsBareDayAllowed(s, dayEnd))
        {
            end = dayEnd;
            return true;
        }

        return false;
    }

    /// <summary>"八月十五" without 日: only when nothing numeric or countable follows.</summary>
    private static bool IsBareDayAllowed(string s, int dayEnd) =>
        dayEnd >= s.Length || !(ChineseNumerals.IsNumeral(s[dayEnd]) || char.IsAsciiDigit(s[dayEnd]) || s[dayEnd] is '点' or '點' or '个' or '天' or '分' or '%' or '年' or '月' or '岁' or '周');

    private static bool FollowedByDigitOrSeparator(string s, int i) =>
        i < s.Length && (char.IsAsciiDigit(s[i]) || ((s[i] is '/' or '.') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])));

    private static bool TryDigits(string s, int i, out int end, out int value)
    {
        end = i;
        value = 0;
        while (end < s.Length && end - i < 4 && char.IsAsciiDigit(s[end]))
        {
            value = (value * 10) + (s[end] - '0');
            end++;
        }

        return end > i && !(end < s.Length && char.IsAsciiDigit(s[end]));
    }
}
