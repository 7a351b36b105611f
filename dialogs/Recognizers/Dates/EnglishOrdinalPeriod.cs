using System.Globalization;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A numbered part of a year: "the first quarter of the year", "1st quarter of 2013", "q1 of 2017", "second half of
/// next year", "the third month of 2021", "the 9th month of next year", and the first or last few months of a year
/// ("the last four months of 2021").
/// </summary>
internal static class EnglishOrdinalPeriod
{
    private static readonly (string Word, int Months, int Count)[] Parts =
    [
        ("quarter", 3, 4), ("half", 6, 2), ("month", 1, 12),
    ];

    public static bool TryMatch(string s, int i, DateOnly today, out int end, out List<(string Timex, DateOnly Start, DateOnly End)> periods)
    {
        periods = null!;
        end = i;
        var k = EnglishText.WordAt(s, i, "the", out var theEnd) ? EnglishText.SkipSpaces(s, theEnd) : i;
        if (TryPart(s, k, out var partEnd, out var firstMonth, out var months) || TryFirstOrLastMonths(s, k, out partEnd, out firstMonth, out months))
        {
            var y = EnglishText.SkipSpaces(s, partEnd);
            if (EnglishText.WordAt(s, y, "of", out var ofEnd) || EnglishText.WordAt(s, y, "in", out ofEnd))
            {
                y = EnglishText.SkipSpaces(s, ofEnd);
            }

            if (TryYear(s, y, today, out end, out var year))
            {
                periods = Resolve(today, year, firstMonth, months);
                return true;
            }
        }

        return false;
    }

    /// <summary>"first quarter", "2nd half", "third month", "q3", "h1": the first month and the length of a numbered part.</summary>
    private static bool TryPart(string s, int i, out int end, out int firstMonth, out int months)
    {
        firstMonth = 0;
        months = 0;
        end = i;
        if (i + 1 < s.Length && s[i] is 'q' or 'h' && char.IsAsciiDigit(s[i + 1]) && (i + 2 >= s.Length || !char.IsAsciiLetterOrDigit(s[i + 2])))
        {
            months = s[i] == 'q' ? 3 : 6;
            var part = s[i + 1] - '0';
            firstMonth = ((part - 1) * months) + 1;
            end = i + 2;
            return part >= 1 && part <= 12 / months;
        }

        if (!EnglishOrdinals.TryDayWord(s, i, out var ordinalEnd, out var n) && !EnglishDateParser.TryDayNumber(s, i, false, out ordinalEnd, out n))
        {
            return false;
        }

        var u = EnglishText.SkipSpaces(s, ordinalEnd);
        foreach (var (word, partMonths, count) in Parts)
        {
            if (EnglishText.WordAt(s, u, word, out end) && n >= 1 && n <= count && ordinalEnd - i > 1 && !char.IsAsciiDigit(s[ordinalEnd - 1]))
            {
                firstMonth = ((n - 1) * partMonths) + 1;
                months = partMonths;
                return true;
            }
        }

        end = i;
        return false;
    }

    /// <summary>"last four months", "first 3 months": a run of months at one end of the year.</summary>
    private static bool TryFirstOrLastMonths(string s, int i, out int end, out int firstMonth, out int months)
    {
        end = i;
        firstMonth = 0;
        months = 0;
        var last = EnglishText.WordAt(s, i, "last", out var wordEnd);
        if (!last && !EnglishText.WordAt(s, i, "first", out wordEnd))
        {
            return false;
        }

        var n = EnglishText.SkipSpaces(s, wordEnd);
        var numberEnd = n;
        while (numberEnd < s.Length && char.IsAsciiLetterOrDigit(s[numberEnd]))
        {
            numberEnd++;
        }

        var word = s[n..numberEnd];
        if ((!EnglishNumberWords.TryCardinal(word, out var count) && !int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out count))
            || count is < 2 or > 11 || !EnglishText.WordAt(s, EnglishText.SkipSpaces(s, numberEnd), "months", out end))
        {
            return false;
        }

        months = count;
        firstMonth = last ? 13 - count : 1;
        return true;
    }

    /// <summary>"2013", "next year", "this year", "last year", "the year" (any year: null).</summary>
    private static bool TryYear(string s, int i, DateOnly today, out int end, out int? year)
    {
        year = null;
        if (EnglishPeriodParser.TryYearDigits(s, i, out end, out var digits))
        {
            year = digits;
            return true;
        }

        foreach (var (word, offset) in (ReadOnlySpan<(string, int)>)[("this year", 0), ("next year", 1), ("last year", -1), ("the year", 0)])
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                year = word == "the year" ? null : today.Year + offset;
                return true;
            }
        }

        return false;
    }

    private static List<(string Timex, DateOnly Start, DateOnly End)> Resolve(DateOnly today, int? year, int startMonth, int months)
    {
        if (year is { } y)
        {
            var first = new DateOnly(y, startMonth, 1);
            var timex = months == 1 ? Timex.YearMonth(y, startMonth) : Timex.Range(first, first.AddMonths(months), string.Create(CultureInfo.InvariantCulture, $"P{months}M"));
            return [(timex, first, first.AddMonths(months))];
        }

        // Any year: the latest one that has begun and the next one that has not ended, as for a month alone.
        var thisYear = new DateOnly(today.Year, startMonth, 1);
        var past = thisYear <= today ? thisYear : thisYear.AddYears(-1);
        var future = thisYear.AddMonths(months) > today ? thisYear : thisYear.AddYears(1);
        var end = thisYear.AddMonths(months);
        var unresolved = months == 1
            ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{startMonth:00}")
            : string.Create(CultureInfo.InvariantCulture, $"(XXXX-{startMonth:00}-01,XXXX-{end.Month:00}-01,P{months}M)");
        return [(unresolved, past, past.AddMonths(months)), (unresolved, future, future.AddMonths(months))];
    }
}
