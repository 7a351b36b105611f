using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Stretches of whole days in English: this/next/last week, month, year, weekend or quarter; months (september, may 2018,
/// 2017 april, dec-2018); years (1998, the year 2008); quarters (q1, 2019 q3); halves (2019 h2); seasons (this summer);
/// decades (1990s, nineties); centuries (15th century); week numbers (week 31); and early/mid/late parts of them.
/// </summary>
internal static class EnglishPeriodParser
{
    private static readonly EnglishPhraseList<(string Word, int Offset)> Relatives = new(
    [
        ("this", 0), ("current", 0), ("last", -1), ("past", -1), ("previous", -1), ("next", 1), ("coming", 1), ("following", 1),
        ("upcoming", 1), ("the", 0),
    ], r => r.Word);

    private static readonly (string Word, string Code)[] Seasons =
    [
        ("spring", "SP"), ("summer", "SU"), ("fall", "FA"), ("autumn", "FA"), ("winter", "WI"),
    ];

    private static readonly EnglishPhraseList<(string Word, string Mod)> PartMods = new(
    [
        ("beginning of the", "start"), ("beginning of", "start"), ("start of the", "start"), ("start of", "start"), ("early", "start"),
        ("middle of the", "mid"), ("middle of", "mid"), ("mid-", "mid"), ("mid", "mid"), ("end of the", "end"), ("end of", "end"),
        ("late", "end"), ("the beginning of the", "start"), ("the beginning of", "start"), ("the middle of", "mid"),
        ("the end of the", "end"), ("the end of", "end"), ("the start of", "start"), ("eoy", "end"),
        ("earlier in", "earlier"), ("earlier", "earlier"), ("later in", "later"), ("later", "later"),
    ], m => m.Word);

    private static readonly EnglishWordTable DecadeWords = new(
        ("twenties", 20), ("thirties", 30), ("forties", 40), ("fifties", 50), ("sixties", 60), ("seventies", 70), ("eighties", 80), ("nineties", 90));

    /// <summary>Words that make the period relative to today ("this year"): its start and end are halves, not thirds.</summary>
    private static readonly string[] RelativeWords = ["this", "next", "last", "previous", "current", "coming", "following", "the", "upcoming"];

    public static DateTimeEntity? Match(string s, int i, DateTime reference, out PeriodAnchor? anchor)
    {
        anchor = null;
        var today = DateOnly.FromDateTime(reference);
        foreach (var (word, mod) in PartMods.StartingAt(s, i))
        {
            if (EnglishText.WordAt(s, i, word, out var modEnd) || (word.EndsWith('-') && string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && (modEnd = i + word.Length) > 0))
            {
                var j = word.EndsWith('-') ? modEnd : EnglishText.SkipSpaces(s, modEnd);
                if (word == "eoy")
                {
                    // "the EOY": the end of this year, with nothing after it.
                    j = i;
                }

                var plain = word == "eoy" ? Finish(i, modEnd, PeriodGrain.Year, RelativePeriod(today, "year", 0), out var inner)
                    : MatchPlain(s, j, today, out inner);
                if (plain is null && TryUnit(s, j, out var unitEnd, out var unit) && unit is "week" or "month" or "year")
                {
                    // "end of month": the current one
                    plain = Finish(j, unitEnd, unit == "year" ? PeriodGrain.Year : unit == "month" ? PeriodGrain.Month : PeriodGrain.Week, RelativePeriod(today, unit, 0), out inner);
                }

                var relative = word == "eoy" || EnglishText.AnyWordAt(s, j, RelativeWords) || plain?.Span.Start == j && TryUnit(s, j, out _, out _);
                if (plain is not null && inner is not null && PartOf(inner, mod, relative, today) is { } part)
                {
                    // "at the end of 2000" says "end of 2000"; "the" stays with a preceding "since"/"from", which spans it anyway.
                    var start = word.StartsWith("the ", StringComparison.Ordinal) ? i + 4 : i;
                    var partMod = mod is "earlier" ? "start" : mod is "later" ? "end" : mod;
                    anchor = new PeriodAnchor(PeriodGrain.Other, part.Periods);
                    return new DateTimeEntity(
                        TextSpan.FromBounds(start, Math.Max(plain.Span.EndExclusive, modEnd)),
                        DateTimeSubtype.DateRange,
                        [.. part.Periods.Select(p => new DateTimeValue(p.Timex, Start: EntityBuilder.Midnight(p.Start), End: EntityBuilder.Midnight(p.End), Mod: partMod))],
                        [.. part.Periods.Select(p => new Reading(EntityBuilder.Midnight(p.Start), EntityBuilder.Midnight(p.End), false))]);
                }
            }
        }

        return MatchPlain(s, i, today, out anchor);
    }

    private static DateTimeEntity? MatchPlain(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        DateTimeEntity? best = null;
        anchor = null;
        Keep(ref best, ref anchor, MatchRelative(s, i, today, out var a1), a1);
        Keep(ref best, ref anchor, MatchQuarterOrHalf(s, i, today, out var a2), a2);
        Keep(ref best, ref anchor, MatchMonth(s, i, today, out var a3), a3);
        Keep(ref best, ref anchor, MatchDecade(s, i, out var a4), a4);
        Keep(ref best, ref anchor, MatchWeekNumber(s, i, today, out var a5), a5);
        Keep(ref best, ref anchor, MatchYear(s, i, out var a6), a6);
        Keep(ref best, ref anchor, MatchWeekOfYear(s, i, today, out var a7), a7);
        Keep(ref best, ref anchor, EnglishSchoolOrFiscalYear.Match(s, i, today), null);
        if (EnglishOrdinalPeriod.TryMatch(s, i, today, out var partEnd, out var parts))
        {
            Keep(ref best, ref anchor, Finish(i, partEnd, parts[0].Timex.Length == 7 ? PeriodGrain.Month : PeriodGrain.Other, parts, out var a8), a8);
        }

        return best;
    }

    private static void Keep(ref DateTimeEntity? best, ref PeriodAnchor? bestAnchor, DateTimeEntity? candidate, PeriodAnchor? candidateAnchor)
    {
        if (candidate is not null && (best is null || candidate.Span.Length > best.Span.Length))
        {
            best = candidate;
            bestAnchor = candidateAnchor;
        }
    }

    /// <summary>this week, next month, last year, the weekend, this summer, coming quarter, the next decade.</summary>
    private static DateTimeEntity? MatchRelative(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        if (MatchReferenced(s, i, today) is { } referenced)
        {
            return referenced;
        }

        foreach (var (word, offset) in Relatives.StartingAt(s, i))
        {
            if (!EnglishText.WordAt(s, i, word, out var wordEnd))
            {
                continue;
            }

            var j = EnglishText.SkipSpaces(s, wordEnd);
            if (word == "the" && Relatives.All.Any(r => r.Word != "the" && EnglishText.WordAt(s, j, r.Word + " decade")))
            {
                var inner = MatchRelative(s, j, today, out anchor);
                return inner is null ? null : inner with { Span = TextSpan.FromBounds(i, inner.Span.EndExclusive) }; // "the next decade"
            }

            if (TryUnit(s, j, out var unitEnd, out var unit) && !(word == "the" && (FollowedByNumber(s, unitEnd) || NamesItsNumber(s, unitEnd))))
            {
                var periods = RelativePeriod(today, unit, offset);
                return Finish(i, unitEnd, unit == "year" ? PeriodGrain.Year : unit == "month" ? PeriodGrain.Month : PeriodGrain.Week, periods, out anchor);
            }

            if (word != "the" && EnglishDateParser.TryMonth(s, j, out var monthEnd, out var month) && !StartsDay(s, monthEnd) && !(month == 5 && monthEnd - j == 3 && (FollowedByVerbLikeWord(s, monthEnd) || FollowedBy(s, monthEnd, "or"))))
            {
                var year = today.Year + (word is "this" or "current" ? 0 : offset);
                var first = new DateOnly(year, month, 1);
                return Finish(i, monthEnd, PeriodGrain.Month, [(Timex.YearMonth(year, month), first, first.AddMonths(1))], out anchor);
            }

            foreach (var (season, code) in Seasons)
            {
                if (EnglishText.WordAt(s, j, season, out var seasonEnd) && word != "the")
                {
                    var year = today.Year + (word is "this" or "current" ? 0 : offset);
                    return NotResolved(i, seasonEnd, year.ToString("0000", CultureInfo.InvariantCulture) + "-" + code);
                }
            }

            return null;
        }

        foreach (var (season, code) in Seasons)
        {
            if (EnglishText.WordAt(s, i, season, out var seasonEnd))
            {
                return NotResolved(i, seasonEnd, code);
            }
        }

        return null;
    }

    /// <summary>
    /// "that weekend", "the same month": a period named by what the story is about, not by today. Upstream resolves it to
    /// the current one and marks it <c>ref_undef</c>.
    /// </summary>
    private static DateTimeEntity? MatchReferenced(string s, int i, DateOnly today)
    {
        if ((!EnglishText.WordAt(s, i, "same", out var wordEnd) && !EnglishText.WordAt(s, i, "that", out wordEnd))
            || !TryUnit(s, EnglishText.SkipSpaces(s, wordEnd), out var unitEnd, out var unit))
        {
            return null;
        }

        var timex = unit switch
        {
            "week" => "XXXX-WXX",
            "weekend" => "XXXX-WXX-WE",
            "month" => "XXXX-XX",
            "year" => "XXXX",
            _ => null,
        };
        if (timex is null)
        {
            return null;
        }

        var (_, start, end) = RelativePeriod(today, unit, 0)[0];
        return new DateTimeEntity(
            TextSpan.FromBounds(i, unitEnd),
            DateTimeSubtype.DateRange,
            [new DateTimeValue(timex, Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(end), Mod: "ref_undef")],
            [new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(end), false)]);
    }

    /// <summary>"the year of 2008": the number names the period, "the year" is not this one.</summary>
    private static bool NamesItsNumber(string s, int i)
    {
        var j = EnglishText.SkipSpaces(s, i);
        return EnglishText.WordAt(s, j, "of", out var ofEnd) && FollowedByNumber(s, ofEnd);
    }

    private static bool FollowedByNumber(string s, int i)
    {
        var j = EnglishText.SkipSpaces(s, i);
        return j < s.Length && char.IsAsciiDigit(s[j]);
    }

    private static bool TryUnit(string s, int i, out int end, out string unit)
    {
        foreach (var (word, name) in (ReadOnlySpan<(string, string)>)[
            ("working week", "workweek"), ("work week", "workweek"), ("workweek", "workweek"), ("business week", "workweek"),
            ("weekend", "weekend"), ("week", "week"), ("month", "month"), ("year", "year"), ("quarter", "quarter"), ("decade", "decade"),
            ("fortnight", "fortnight")])
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                unit = name;
                return true;
            }
        }

        end = i;
        unit = string.Empty;
        return false;
    }

    private static List<(string Timex, DateOnly Start, DateOnly End)> RelativePeriod(DateOnly today, string unit, int offset)
    {
        switch (unit)
        {
            case "week":
            case "workweek":
            case "weekend":
            {
                var monday = CalendarMath.MondayOf(today).AddDays(7 * offset);
                var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(EntityBuilder.Midnight(monday)):0000}-W{ISOWeek.GetWeekOfYear(EntityBuilder.Midnight(monday)):00}");
                return unit switch
                {
                    "weekend" => [(week + "-WE", monday.AddDays(5), monday.AddDays(7))],
                    "workweek" => [(week, monday, monday.AddDays(5))],
                    _ => [(week, monday, monday.AddDays(7))],
                };
            }

            case "month":
            {
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(offset);
                return [(Timex.YearMonth(first.Year, first.Month), first, first.AddMonths(1))];
            }

            case "quarter":
            {
                var first = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * offset);
                return [(Timex.Range(first, first.AddMonths(3), "P3M"), first, first.AddMonths(3))];
            }

            case "decade":
            {
                var first = new DateOnly((today.Year / 10 * 10) + (10 * offset), 1, 1);
                return [(Timex.Range(first, first.AddYears(10), "P10Y"), first, first.AddYears(10))];
            }

            case "fortnight":
            {
                // Upstream counts fortnights in blocks of two weeks from this week's Monday.
                var start = CalendarMath.MondayOf(today).AddDays(14 * offset);
                return [(Timex.Range(start, start.AddDays(14), "P2W"), start, start.AddDays(14))];
            }

            default:
            {
                var first = new DateOnly(today.Year + offset, 1, 1);
                return [(first.Year.ToString("0000", CultureInfo.InvariantCulture), first, first.AddYears(1))];
            }
        }
    }

    /// <summary>september (the last one), may 2018, 2017 april, april of 1987, dec-2018, 2015-12, 2015-3.</summary>
    private static DateTimeEntity? MatchMonth(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        if (TryYearDigits(s, i, out var yearEnd, out var leadingYear))
        {
            var j = yearEnd < s.Length && s[yearEnd] is '-' or '/' ? yearEnd + 1 : EnglishText.SkipSpaces(s, yearEnd);
            if ((j > yearEnd || j == yearEnd) && EnglishDateParser.TryMonth(s, j, out var monthEnd, out var month) && !StartsDay(s, monthEnd))
            {
                return YearMonth(i, monthEnd, leadingYear, month, out anchor);
            }

            if (yearEnd < s.Length && s[yearEnd] == '-' && TwoDigitMonth(s, yearEnd + 1, out var numericEnd, out var numericMonth))
            {
                return YearMonth(i, numericEnd, leadingYear, numericMonth, out anchor);
            }

            return null;
        }

        if (!EnglishDateParser.TryMonth(s, i, out var nameEnd, out var m) || StartsDay(s, nameEnd))
        {
            return null;
        }


        var k = nameEnd < s.Length && s[nameEnd] is '-' or '/' ? nameEnd + 1 : EnglishText.SkipSpaces(s, nameEnd);
        if (EnglishText.WordAt(s, k, "of", out var ofEnd) || EnglishText.WordAt(s, k, "in", out ofEnd))
        {
            var y = EnglishText.SkipSpaces(s, ofEnd);
            if (TryYearDigits(s, y, out var yEnd, out var ofYear))
            {
                return YearMonth(i, yEnd, ofYear, m, out anchor);
            }
        }

        if (k < s.Length && TryYearDigits(s, k, out var trailingEnd, out var trailingYear))
        {
            return YearMonth(i, trailingEnd, trailingYear, m, out anchor);
        }

        if (EnglishYearWords.TryParse(s, k, out var wordsEnd, out var wordsYear))
        {
            return YearMonth(i, wordsEnd, wordsYear, m, out anchor);
        }

        if (m == 5 && nameEnd - i == 3 && (!FollowsPreposition(s, i) || FollowedByVerbLikeWord(s, nameEnd)))
        {
            return null; // "may" alone is the verb ("and may differ", "and may at its discretion")
        }

        // A month alone: the latest one that has begun, and the next one that has not ended.
        var thisYear = new DateOnly(today.Year, m, 1);
        var past = m <= today.Month ? thisYear : thisYear.AddYears(-1);
        var future = m >= today.Month ? thisYear : thisYear.AddYears(1);
        var timex = string.Create(CultureInfo.InvariantCulture, $"XXXX-{m:00}");
        return Finish(i, nameEnd, PeriodGrain.Month, [(timex, past, past.AddMonths(1)), (timex, future, future.AddMonths(1))], out anchor);
    }

    private static DateTimeEntity YearMonth(int start, int end, int year, int month, out PeriodAnchor? anchor)
    {
        var first = new DateOnly(year, month, 1);
        return Finish(start, end, PeriodGrain.Month, [(Timex.YearMonth(year, month), first, first.AddMonths(1))], out anchor);
    }

    /// <summary>q1, 2019 q1, 2019-q1, q3 2019, q1-2019, 1st quarter of 2013, 2019 h2.</summary>
    private static DateTimeEntity? MatchQuarterOrHalf(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        var j = i;
        int? year = null;
        if (TryYearDigits(s, j, out var yearEnd, out var y))
        {
            var k = yearEnd < s.Length && s[yearEnd] == '-' ? yearEnd + 1 : EnglishText.SkipSpaces(s, yearEnd);
            if (!IsQuarterToken(s, k))
            {
                return null;
            }

            year = y;
            j = k;
        }

        if (!IsQuarterToken(s, j))
        {
            return null;
        }

        var isHalf = s[j] == 'h';
        var n = s[j + 1] - '0';
        var end = j + 2;
        if (year is null)
        {
            var k = end < s.Length && s[end] == '-' ? end + 1 : EnglishText.SkipSpaces(s, end);
            if (TryYearDigits(s, k, out var trailingEnd, out var trailing))
            {
                year = trailing;
                end = trailingEnd;
            }
        }

        var months = isHalf ? 6 : 3;
        var first = new DateOnly(year ?? today.Year, ((n - 1) * months) + 1, 1);
        var timex = year is null
            ? string.Create(CultureInfo.InvariantCulture, $"(XXXX-{first.Month:00}-01,XXXX-{first.AddMonths(months).Month:00}-01,P{months}M)")
            : Timex.Range(first, first.AddMonths(months), string.Create(CultureInfo.InvariantCulture, $"P{months}M"));
        return Finish(i, end, PeriodGrain.Other, [(timex, first, first.AddMonths(months))], out anchor);
    }

    private static bool IsQuarterToken(string s, int j) =>
        j + 1 < s.Length && ((s[j] == 'q' && s[j + 1] is >= '1' and <= '4') || (s[j] == 'h' && s[j + 1] is '1' or '2'))
        && (j == 0 || !char.IsAsciiLetter(s[j - 1])) && (j + 2 >= s.Length || !char.IsAsciiLetterOrDigit(s[j + 2]));

    /// <summary>1990s, 1990 s, the 90s, nineties, 15th century.</summary>
    private static DateTimeEntity? MatchDecade(string s, int i, out PeriodAnchor? anchor)
    {
        anchor = null;
        if (TryYearDigits(s, i, out var yearEnd, out var year) && year % 10 == 0)
        {
            var j = yearEnd < s.Length && s[yearEnd] == ' ' ? yearEnd + 1 : yearEnd;
            if (j < s.Length && s[j] == 's' && (j + 1 >= s.Length || !char.IsAsciiLetter(s[j + 1])))
            {
                var first = new DateOnly(year, 1, 1);
                return Finish(i, j + 1, PeriodGrain.Other, [(Timex.Range(first, first.AddYears(10), "P10Y"), first, first.AddYears(10))], out anchor);
            }
        }

        if (DecadeWords.TryWordAt(s, i, out var end, out var decade))
        {
            var timex = string.Create(CultureInfo.InvariantCulture, $"(XX{decade:00}-01-01,XX{(decade + 10) % 100:00}-01-01,P10Y)");
            var twentieth = new DateOnly(1900 + decade, 1, 1);
            var twentyFirst = new DateOnly(2000 + decade, 1, 1);
            return Finish(i, end, PeriodGrain.Other, [(timex, twentieth, twentieth.AddYears(10)), (timex, twentyFirst, twentyFirst.AddYears(10))], out anchor);
        }

        if (i < s.Length && Numbers.ArabicNumberReader.IsDigit(s[i]))
        {
            var k = i;
            var century = 0;
            while (k < s.Length && k - i < 2 && char.IsAsciiDigit(s[k]))
            {
                century = (century * 10) + (s[k] - '0');
                k++;
            }

            if (k + 1 < s.Length && (s.AsSpan(k, 2) is "th" or "st" or "nd" or "rd") && century is >= 1 and <= 30)
            {
                var c = EnglishText.SkipSpaces(s, k + 2);
                if (EnglishText.WordAt(s, c, "century", out var centuryEnd))
                {
                    var first = new DateOnly(Math.Max(1, (century - 1) * 100), 1, 1);
                    return Finish(i, centuryEnd, PeriodGrain.Other, [(Timex.Range(first, first.AddYears(100), "P100Y"), first, first.AddYears(100))], out anchor);
                }
            }
        }

        return null;
    }

    /// <summary>week 31 (of this year), week 27 of last year.</summary>
    private static DateTimeEntity? MatchWeekNumber(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        if (!EnglishText.WordAt(s, i, "week", out var weekEnd))
        {
            return null;
        }

        var j = EnglishText.SkipSpaces(s, weekEnd);
        var n = 0;
        var k = j;
        while (k < s.Length && k - j < 2 && char.IsAsciiDigit(s[k]))
        {
            n = (n * 10) + (s[k] - '0');
            k++;
        }

        if (k == j || n is < 1 or > 53 || (k < s.Length && char.IsAsciiLetterOrDigit(s[k])))
        {
            return null;
        }

        var year = today.Year;
        var end = k;
        var o = EnglishText.SkipSpaces(s, k);
        if (EnglishText.WordAt(s, o, "of", out var ofEnd))
        {
            var y = EnglishText.SkipSpaces(s, ofEnd);
            if (EnglishText.WordAt(s, y, "last year", out var lastEnd))
            {
                year--;
                end = lastEnd;
            }
            else if (EnglishText.WordAt(s, y, "next year", out var nextEnd))
            {
                year++;
                end = nextEnd;
            }
            else if (TryYearDigits(s, y, out var digitsEnd, out var digitsYear))
            {
                year = digitsYear;
                end = digitsEnd;
            }
        }

        if (year is < 2 or > 9998 || n > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, n, DayOfWeek.Monday));
        return Finish(i, end, PeriodGrain.Week, [(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-W{n:00}"), monday, monday.AddDays(7))], out anchor);
    }

    /// <summary>"first week of 2015", "the last week of 2019", "the second week of next year": ISO weeks of a year.</summary>
    private static DateTimeEntity? MatchWeekOfYear(string s, int i, DateOnly today, out PeriodAnchor? anchor)
    {
        anchor = null;
        var j = i;
        if (EnglishText.WordAt(s, j, "the", out var theEnd))
        {
            j = EnglishText.SkipSpaces(s, theEnd);
        }

        int ordinal;
        if (EnglishText.WordAt(s, j, "last", out var ordinalEnd))
        {
            ordinal = -1;
        }
        else if (!EnglishOrdinals.TryDayWord(s, j, out ordinalEnd, out ordinal) || ordinal > 5)
        {
            return null;
        }

        var k = EnglishText.SkipSpaces(s, ordinalEnd);
        if (!EnglishText.WordAt(s, k, "week of", out var weekOfEnd))
        {
            return null;
        }

        var y = EnglishText.SkipSpaces(s, weekOfEnd);
        int year;
        int end;
        if (TryYearDigits(s, y, out end, out year))
        {
        }
        else if (EnglishText.WordAt(s, y, "this year", out end) || EnglishText.WordAt(s, y, "the year", out end))
        {
            year = today.Year;
        }
        else if (EnglishText.WordAt(s, y, "next year", out end))
        {
            year = today.Year + 1;
        }
        else if (EnglishText.WordAt(s, y, "last year", out end))
        {
            year = today.Year - 1;
        }
        else
        {
            return null;
        }

        if (year is < 2 or > 9998)
        {
            return null;
        }

        var week = ordinal < 0 ? ISOWeek.GetWeeksInYear(year) : ordinal;
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return Finish(i, end, PeriodGrain.Week, [(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-W{week:00}"), monday, monday.AddDays(7))], out anchor);
    }

    /// <summary>1998, year 2008, the year 2008, in the year of 2008, calendar year 2008, cy18, two thousand and twenty.</summary>
    private static DateTimeEntity? MatchYear(string s, int i, out PeriodAnchor? anchor)
    {
        anchor = null;
        var j = i;
        foreach (var prefix in (ReadOnlySpan<string>)["calendar year", "year", "cy"])
        {
            if (EnglishText.WordAt(s, i, prefix, out var prefixEnd))
            {
                j = EnglishText.SkipSpaces(s, prefixEnd);
                break;
            }
        }

        if (j == i && i + 4 <= s.Length && s.AsSpan(i, 2) is "cy" && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]) && (i + 4 == s.Length || !char.IsAsciiLetterOrDigit(s[i + 4])))
        {
            var shortYear = 2000 + ((s[i + 2] - '0') * 10) + (s[i + 3] - '0');
            return YearPeriod(i, i + 4, shortYear, out anchor);
        }

        if (TryYearDigits(s, j, out var end, out var year) || EnglishYearWords.TryParse(s, j, out end, out year))
        {
            if (end < s.Length && s[end] is '/' or ':' or '.' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1]))
            {
                return null;
            }

            return YearPeriod(i, end, year, out anchor);
        }

        return null;
    }

    private static DateTimeEntity YearPeriod(int start, int end, int year, out PeriodAnchor? anchor)
    {
        var first = new DateOnly(year, 1, 1);
        return Finish(start, end, PeriodGrain.Year, [(year.ToString("0000", CultureInfo.InvariantCulture), first, first.AddYears(1))], out anchor);
    }

    /// <summary>A four-digit year between 1000 and 2999, standing alone as a word.</summary>
    public static bool TryYearDigits(string s, int i, out int end, out int year)
    {
        end = i;
        year = 0;
        if (i + 4 > s.Length || (i > 0 && (char.IsAsciiLetterOrDigit(s[i - 1]) || s[i - 1] is '$' or '.' or ',')))
        {
            return false;
        }

        for (var k = i; k < i + 4; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }

            year = (year * 10) + (s[k] - '0');
        }

        if (i + 4 < s.Length && (char.IsAsciiDigit(s[i + 4]) || (char.IsAsciiLetter(s[i + 4]) && s[i + 4] != 's')))
        {
            return false;
        }

        end = i + 4;
        return year is >= 1000 and <= 2999;
    }

    private static bool TwoDigitMonth(string s, int i, out int end, out int month)
    {
        end = i;
        month = 0;
        while (end < s.Length && end - i < 2 && char.IsAsciiDigit(s[end]))
        {
            month = (month * 10) + (s[end] - '0');
            end++;
        }

        return end > i && month is >= 1 and <= 12 && (end >= s.Length || !(char.IsAsciiLetterOrDigit(s[end]) || s[end] is '-' or '/'));
    }

    private static bool StartsDay(string s, int i)
    {
        var j = EnglishText.SkipSpaces(s, i);
        if (EnglishText.WordAt(s, j, "the", out var theEnd))
        {
            j = EnglishText.SkipSpaces(s, theEnd);
        }

        var k = j;
        while (k < s.Length && k - j < 2 && char.IsAsciiDigit(s[k]))
        {
            k++;
        }

        if (k > j && (k >= s.Length || !char.IsAsciiDigit(s[k])))
        {
            return true;
        }

        return EnglishOrdinals.TryDayWord(s, j, out _, out _);
    }

    private static readonly string[] Prepositions = ["in", "on", "since", "until", "till", "by", "before", "after", "from", "to", "through", "of", "during", "early", "late", "mid", "and", "between"];

    /// <summary>Words a month name is followed by; after "may" any other word makes it the verb.</summary>
    private static readonly string[] AfterMonthWords = ["to", "and", "or", "through", "thru", "till", "until", "of", "in", "this", "next", "last", "the"];

    private static bool FollowedBy(string s, int end, string word) => EnglishText.WordAt(s, EnglishText.SkipSpaces(s, end), word);

    private static bool FollowedByVerbLikeWord(string s, int end)
    {
        var k = EnglishText.SkipSpaces(s, end);
        return k < s.Length && char.IsAsciiLetter(s[k]) && !Array.Exists(AfterMonthWords, w => EnglishText.WordAt(s, k, w, out _))
               && !EnglishOrdinals.TryDayWord(s, k, out _, out _, allowCardinal: true);
    }

    private static bool FollowsPreposition(string s, int i)
    {
        var end = i;
        while (end > 0 && s[end - 1] == ' ')
        {
            end--;
        }

        if (end > 0 && s[end - 1] == '-')
        {
            return true;
        }

        var start = end;
        while (start > 0 && char.IsAsciiLetter(s[start - 1]))
        {
            start--;
        }

        return Array.IndexOf(Prepositions, s[start..end]) >= 0 || (end > 0 && end == i && !char.IsAsciiLetter(s[end - 1]) && s[end - 1] != ' ');
    }

    private static DateTimeEntity NotResolved(int start, int end, string timex) =>
        new(TextSpan.FromBounds(start, end), DateTimeSubtype.DateRange, [new DateTimeValue(timex, NotResolved: true)], []);

    private static DateTimeEntity Finish(int start, int end, PeriodGrain grain, List<(string Timex, DateOnly Start, DateOnly End)> periods, out PeriodAnchor? anchor)
    {
        anchor = new PeriodAnchor(grain, periods);
        return EntityBuilder.Period(TextSpan.FromBounds(start, end), periods);
    }

    /// <summary>
    /// The start, middle or end of a period: thirds of a year (halves of a year said relative to today), days 1-10/10-20/16-end
    /// of a month, Mon-Thu / Thu-Mon of a week. "earlier"/"later" take the first or second half, cut at today when the
    /// period contains it ("later this month" runs from today).
    /// </summary>
    private static PeriodAnchor? PartOf(PeriodAnchor whole, string mod, bool relativeYear, DateOnly today)
    {
        var parts = new List<(string Timex, DateOnly Start, DateOnly End)>();
        foreach (var (timex, start, end) in whole.Periods)
        {
            if (mod is "earlier" or "later")
            {
                var middle = whole.Grain switch
                {
                    PeriodGrain.Year => start.AddMonths(6),
                    PeriodGrain.Month => start.AddDays(15),
                    PeriodGrain.Week => start.AddDays(3),
                    _ => start,
                };
                if (whole.Grain is not (PeriodGrain.Year or PeriodGrain.Month or PeriodGrain.Week))
                {
                    return null;
                }

                var contains = today >= start && today < end;
                parts.Add(mod == "earlier"
                    ? (timex, start, contains && middle > today ? today : middle)
                    : (timex, contains && middle < today ? today : middle, end));
                continue;
            }

            (DateOnly, DateOnly) range = whole.Grain switch
            {
                PeriodGrain.Year when relativeYear => mod switch { "start" => (start, start.AddMonths(6)), "mid" => (start.AddMonths(3), start.AddMonths(9)), _ => (start.AddMonths(6), end) },
                PeriodGrain.Year => mod switch { "start" => (start, start.AddMonths(4)), "mid" => (start.AddMonths(4), start.AddMonths(8)), _ => (start.AddMonths(8), end) },
                PeriodGrain.Month => mod switch { "start" => (start, start.AddDays(10)), "mid" => (start.AddDays(9), start.AddDays(20)), _ => (start.AddDays(15), end) },
                PeriodGrain.Week => mod switch { "start" => (start, start.AddDays(3)), "mid" => (start.AddDays(2), start.AddDays(5)), _ => (start.AddDays(3), end) },
                _ => (start, end),
            };
            if (whole.Grain == PeriodGrain.Other)
            {
                return null;
            }

            parts.Add((timex, range.Item1, range.Item2));
        }

        return new PeriodAnchor(whole.Grain, parts);
    }
}
