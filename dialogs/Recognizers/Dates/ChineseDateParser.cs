using System.Globalization;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>One Chinese day expression: 前天, 昨晚, 周五, 上周三, 11月20日, 2016年3月1日, 29日, 2010/01/29, 12/1.</summary>
internal static class ChineseDateParser
{
    public static bool TryParse(string s, int i, DateOnly today, out int end, out DateCandidates date, out Daypart? daypart)
    {
        daypart = null;
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

        return TryWeekday(s, i, today, out end, out date)
               || TryNumericDate(s, i, today, out end, out date)
               || TryCalendarDate(s, i, today, out end, out date);
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
        if (weeks is { } w)
        {
            date = DateCandidates.Single(CalendarMath.WeekdayInWeek(today, w, weekday));
        }
        else
        {
            date = DateCandidates.PastAndFuture(
                string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}"),
                CalendarMath.LastWeekday(today, weekday),
                CalendarMath.NextWeekday(today, weekday));
        }

        return true;
    }

    /// <summary>2010/01/29, 2016-11-07, 12/1.</summary>
    private static bool TryNumericDate(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        if (i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] is '/' or '-' or '.'))
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

        if (e1 - i == 4 && e2 < s.Length && s[e2] == separator && TryDigits(s, e2 + 1, out var e3, out var third) && e3 - e2 - 1 <= 2)
        {
            if (!CalendarMath.IsValid(first, second, third) || FollowedByDigitOrSeparator(s, e3))
            {
                return false;
            }

            end = e3;
            date = DateCandidates.Single(new DateOnly(first, second, third));
            return true;
        }

        if (separator != '/' || e1 - i > 2 || e2 - e1 - 1 > 2 || FollowedByDigitOrSeparator(s, e2))
        {
            return false;
        }

        var candidates = CalendarMath.YearlessCandidates(today, first, second);
        if (candidates is null)
        {
            return false;
        }

        end = e2;
        date = DateCandidates.PastAndFuture(string.Create(CultureInfo.InvariantCulture, $"XXXX-{first:00}-{second:00}"), candidates.Value.Past, candidates.Value.Future);
        return true;
    }

    /// <summary>[Y年][M月][D日|号]: a day needs its month, except D日 alone (29日 = the 29th of this or a nearby month).</summary>
    private static bool TryCalendarDate(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        var j = i;
        int? year = null;
        int? month = null;
        if (ChineseSmallNumber.TryRead(s, j, out var yearEnd, out var y) && yearEnd < s.Length && s[yearEnd] == '年' && yearEnd - j is 2 or 4)
        {
            year = CalendarMath.ExpandYear(y, yearEnd - j);
            j = yearEnd + 1;
        }

        if (ChineseSmallNumber.TryRead(s, j, out var monthEnd, out var m) && monthEnd < s.Length && s[monthEnd] == '月' && m is >= 1 and <= 12)
        {
            month = m;
            j = monthEnd + 1;
        }
        else if (year is not null)
        {
            return false; // a year alone is a range, not a day
        }

        if (!ChineseSmallNumber.TryRead(s, j, out var dayEnd, out var d) || dayEnd >= s.Length || d is < 1 or > 31)
        {
            return false;
        }

        var marker = s[dayEnd];
        var hasMarker = marker is '日' or '号' or '號';
        if (!hasMarker && (month is null || !IsBareDayAllowed(s, dayEnd)))
        {
            return false;
        }

        if (month is null && marker != '日')
        {
            return false; // "12号" alone is left alone, as upstream does
        }

        end = hasMarker ? dayEnd + 1 : dayEnd;
        if (year is { } yy && month is { } mm)
        {
            if (!CalendarMath.IsValid(yy, mm, d))
            {
                return false;
            }

            date = DateCandidates.Single(new DateOnly(yy, mm, d));
            return true;
        }

        if (month is { } monthOnly)
        {
            var yearless = CalendarMath.YearlessCandidates(today, monthOnly, d);
            if (yearless is null)
            {
                return false;
            }

            date = DateCandidates.PastAndFuture(string.Create(CultureInfo.InvariantCulture, $"XXXX-{monthOnly:00}-{d:00}"), yearless.Value.Past, yearless.Value.Future);
            return true;
        }

        var monthless = CalendarMath.MonthlessCandidates(today, d);
        if (monthless is null)
        {
            return false;
        }

        date = DateCandidates.PastAndFuture(string.Create(CultureInfo.InvariantCulture, $"XXXX-XX-{d:00}"), monthless.Value.Past, monthless.Value.Future);
        return true;
    }

    /// <summary>"八月十五" without 日: only when nothing numeric follows.</summary>
    private static bool IsBareDayAllowed(string s, int dayEnd) =>
        dayEnd >= s.Length || !(ChineseNumerals.IsNumeral(s[dayEnd]) || char.IsAsciiDigit(s[dayEnd]) || s[dayEnd] is '点' or '點' or '个' or '天' or '分' or '%');

    private static bool FollowedByDigitOrSeparator(string s, int i) =>
        i < s.Length && (char.IsAsciiDigit(s[i]) || ((s[i] is '/' or '-' or '.') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])));

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
