using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Stretches of whole days in Chinese: years (2009年, 明年), months (2018年12月, 3月, 上个月), weeks (上周, 下下周末),
/// half-years (去年上半年, 上个半年), seasons (今年夏天), decades (九十年代), and parts of a year or month
/// (十月的第一周, 今年的最后3周, 去年的前10天).
/// </summary>
internal static class ChinesePeriodParser
{
    private static readonly (string Word, string Code)[] Seasons =
    [
        ("春天", "SP"), ("春季", "SP"), ("夏天", "SU"), ("夏季", "SU"), ("秋天", "FA"), ("秋季", "FA"), ("冬天", "WI"), ("冬季", "WI"),
    ];

    public static DateTimeEntity? Match(string s, int i, DateTime reference, out PeriodAnchor? anchor)
    {
        anchor = null;
        var today = DateOnly.FromDateTime(reference);
        return MatchWeek(s, i, today, out anchor)
               ?? MatchHalfYear(s, i, today, null, i, out anchor)
               ?? MatchDecade(s, i, today, out anchor)
               ?? MatchYearBased(s, i, today, out anchor)
               ?? MatchMonthBased(s, i, today, out anchor);
    }

    private static DateTimeEntity? MatchYearBased(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        if (!ChineseYearParser.TryParse(s, i, today, out var yearEnd, out var year) || year is < 1 or > 9998)
        {
            return null;
        }

        var j = SkipSpaces(s, yearEnd);
        if (ChineseDateParser.TryMonth(s, j, out var monthEnd, out var month))
        {
            if (StartsDayOfMonth(s, monthEnd))
            {
                return null;
            }

            var first = new DateOnly(year, month, 1);
            return Finish(s, i, monthEnd, PeriodGrain.Month, [(Timex.YearMonth(year, month), first, first.AddMonths(1))], out anchor);
        }

        if (MatchHalfYear(s, yearEnd, today, year, i, out anchor) is { } half)
        {
            return half;
        }

        foreach (var (word, code) in Seasons)
        {
            if (ChineseDateWords.StartsWith(s, yearEnd, word))
            {
                anchor = null;
                return new DateTimeEntity(TextSpan.FromBounds(i, yearEnd + word.Length), DateTimeSubtype.DateRange, [new DateTimeValue(year.ToString("0000", CultureInfo.InvariantCulture) + "-" + code, NotResolved: true)], []);
            }
        }

        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var isThisYear = ChineseDateWords.StartsWith(s, i, "今年");
        if (isThisYear && !IsPartOfYear(s, yearEnd))
        {
            // Upstream reads a bare 今年 as the year so far.
            end = today;
        }

        return Finish(s, i, yearEnd, PeriodGrain.Year, [(year.ToString("0000", CultureInfo.InvariantCulture), start, end)], out anchor);
    }

    private static DateTimeEntity? MatchMonthBased(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        foreach (var (word, months) in ChineseDateWords.RelativeMonths)
        {
            if (ChineseDateWords.StartsWith(s, i, word) && !StartsDayOfMonth(s, i + word.Length))
            {
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
                return Finish(s, i, i + word.Length, PeriodGrain.Month, [(Timex.YearMonth(first.Year, first.Month), first, first.AddMonths(1))], out anchor);
            }
        }

        if (!ChineseDateParser.TryMonth(s, i, out var monthEnd, out var month) || StartsDayOfMonth(s, monthEnd))
        {
            return null;
        }

        var thisYear = new DateOnly(today.Year, month, 1);
        var past = month <= today.Month ? thisYear : thisYear.AddYears(-1);
        var future = month >= today.Month ? thisYear : thisYear.AddYears(1);
        var timex = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
        return Finish(s, i, monthEnd, PeriodGrain.Month, [(timex, past, past.AddMonths(1)), (timex, future, future.AddMonths(1))], out anchor);
    }

    /// <summary>本周, 上上周, 下个星期, 这周末, 上上個週末.</summary>
    private static DateTimeEntity? MatchWeek(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        var j = i;
        int? weeks = null;
        foreach (var (word, offset) in ChineseDateWords.WeekPrefixes)
        {
            var prefix = word.Replace('个', '個');
            if (ChineseDateWords.StartsWith(s, j, word) || ChineseDateWords.StartsWith(s, j, prefix))
            {
                weeks = offset;
                j += word.Length;
                break;
            }
        }

        var weekWord = Array.Find(ChineseDateWords.WeekWords, w => ChineseDateWords.StartsWith(s, j, w));
        if (weekWord is null || (weeks is null && !ChineseDateWords.StartsWith(s, j + weekWord.Length, "末")))
        {
            return null;
        }

        j += weekWord.Length;
        var monday = CalendarMath.MondayOf(today).AddDays(7 * (weeks ?? 0));
        var weekNumber = ISOWeek.GetWeekOfYear(EntityBuilder.Midnight(monday));
        var weekYear = ISOWeek.GetYear(EntityBuilder.Midnight(monday));
        if (ChineseDateWords.StartsWith(s, j, "末"))
        {
            var saturday = monday.AddDays(5);
            return Finish(s, i, j + 1, PeriodGrain.Week, [(string.Create(CultureInfo.InvariantCulture, $"{weekYear:0000}-W{weekNumber:00}-WE"), saturday, saturday.AddDays(2))], out anchor);
        }

        if (j < s.Length && (ChineseDateWords.Weekday(s[j]) > 0 || s[j] == '天'))
        {
            return null; // 上周三 is a day
        }

        return Finish(s, i, j, PeriodGrain.Week, [(string.Create(CultureInfo.InvariantCulture, $"{weekYear:0000}-W{weekNumber:00}"), monday, monday.AddDays(7))], out anchor);
    }

    /// <summary>上半年, 下半年, 前半年, 后半年 (of <paramref name="year"/> or this year), 上个半年, 下个半年.</summary>
    private static DateTimeEntity? MatchHalfYear(string s, int at, DateOnly today, int? year, int spanStart, out PeriodAnchor? anchor)
    {
        anchor = null;
        int? half = null;
        var j = at;
        if (ChineseDateWords.StartsWith(s, j, "上半年") || ChineseDateWords.StartsWith(s, j, "前半年"))
        {
            half = 0;
            j += 3;
        }
        else if (ChineseDateWords.StartsWith(s, j, "下半年") || ChineseDateWords.StartsWith(s, j, "后半年") || ChineseDateWords.StartsWith(s, j, "後半年"))
        {
            half = 1;
            j += 3;
        }
        else if (year is null && (ChineseDateWords.StartsWith(s, j, "上个半年") || ChineseDateWords.StartsWith(s, j, "下个半年")))
        {
            var currentHalf = today.Month <= 6 ? 0 : 1;
            var shift = s[j] == '上' ? -1 : 1;
            var index = (today.Year * 2) + currentHalf + shift;
            year = index / 2;
            half = index % 2;
            j += 4;
        }

        if (half is not { } h)
        {
            return null;
        }

        var start = new DateOnly(year ?? today.Year, h == 0 ? 1 : 7, 1);
        var end = start.AddMonths(6);
        return Finish(s, spanStart, j, PeriodGrain.Other, [(Timex.Range(start, end, "P6M"), start, end)], out anchor);
    }

    /// <summary>九十年代 (1990s or 2090s), 十九世纪七十年代 (1870s).</summary>
    private static DateTimeEntity? MatchDecade(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        var j = i;
        int? century = null;
        if (ChineseSmallNumber.TryRead(s, j, out var centuryEnd, out var c) && c is >= 1 and <= 30 && ChineseDateWords.StartsWith(s, centuryEnd, "世纪"))
        {
            century = c;
            j = centuryEnd + 2;
        }

        if (!ChineseSmallNumber.TryRead(s, j, out var decadeEnd, out var decade) || !ChineseDateWords.StartsWith(s, decadeEnd, "年代")
            || decade % 10 != 0 || decade > 90)
        {
            return null;
        }

        var end = decadeEnd + 2;
        if (century is { } cc)
        {
            var start = new DateOnly(((cc - 1) * 100) + decade, 1, 1);
            return Finish(s, i, end, PeriodGrain.Other, [(Timex.Range(start, start.AddYears(10), "P10Y"), start, start.AddYears(10))], out anchor);
        }

        var timex = string.Create(CultureInfo.InvariantCulture, $"(XX{decade:00}-01-01,XX{(decade + 10) % 100:00}-01-01,P10Y)");
        var twentieth = new DateOnly(1900 + decade, 1, 1);
        var twentyFirst = new DateOnly(2000 + decade, 1, 1);
        return Finish(s, i, end, PeriodGrain.Other, [(timex, twentieth, twentieth.AddYears(10)), (timex, twentyFirst, twentyFirst.AddYears(10))], out anchor);
    }

    /// <summary>"的第一周", "的最后3周", "的最後 4 个月", "的前10天" after a year or a month.</summary>
    private static DateTimeEntity? Finish(string s, int start, int end, PeriodGrain grain, List<(string Timex, DateOnly Start, DateOnly End)> periods, out PeriodAnchor? anchor)
    {
        if (grain is PeriodGrain.Year or PeriodGrain.Month && ChinesePeriodPart.TryApply(s, end, grain, periods, out var partEnd, out var parts))
        {
            anchor = new PeriodAnchor(PeriodGrain.Other, parts);
            return EntityBuilder.Period(TextSpan.FromBounds(start, partEnd), parts);
        }

        anchor = new PeriodAnchor(grain, periods);
        return EntityBuilder.Period(TextSpan.FromBounds(start, end), periods);
    }

    private static bool IsPartOfYear(string s, int i)
    {
        var j = SkipSpaces(s, i);
        return ChineseDateWords.StartsWith(s, j, "的") || ChineseDateWords.StartsWith(s, j, "最后") || ChineseDateWords.StartsWith(s, j, "最後");
    }

    private static bool StartsDayOfMonth(string s, int i)
    {
        if (ChineseDateWords.StartsWith(s, i, "初"))
        {
            return true;
        }

        if (!ChineseSmallNumber.TryRead(s, i, out var end, out var day) || day is < 1 or > 31)
        {
            return false;
        }

        return end >= s.Length || s[end] is '日' or '号' or '號' || !(s[end] is '年' or '月' or '个' or '天' or '周' or '%' || char.IsAsciiDigit(s[end]));
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }
}

/// <summary>How coarse a period is, for joining two into a range (三月到五月) or modifying one (2018年以前).</summary>
internal enum PeriodGrain
{
    Year,
    Month,
    Week,
    Other,
}

/// <summary>A parsed period with its candidates (a month without a year has a past and a future one).</summary>
internal sealed record PeriodAnchor(PeriodGrain Grain, List<(string Timex, DateOnly Start, DateOnly End)> Periods);
