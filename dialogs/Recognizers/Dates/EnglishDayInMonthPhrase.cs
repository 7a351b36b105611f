using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A day named inside a month said another way: "the 3rd of last month", "the 18th this month", "the 15th day of next
/// month" (that day of that month), and "the first monday of next month", "last friday of october", "the 2nd sunday in
/// may 2019" (the nth weekday of the month; upstream's timex XXXX-10-WXX-5-#5, "last" written #5).
/// </summary>
internal static class EnglishDayInMonthPhrase
{
    private static readonly (string Word, int Offset)[] RelativeMonths = [("this", 0), ("current", 0), ("next", 1), ("coming", 1), ("last", -1), ("previous", -1)];

    private static readonly EnglishPhraseList<(string Word, int Nth)> Nths = new(
    [
        ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4), ("fifth", 5), ("5th", 5), ("last", 5),
    ], n => n.Word);

    /// <summary>"the 3rd of last month": the day of a month counted from this one.</summary>
    public static bool TryDayOfRelativeMonth(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        var k = EnglishText.WordAt(s, i, "the", out var theEnd) ? EnglishText.SkipSpaces(s, theEnd) : i;
        if (!EnglishDateParser.TryDayNumber(s, k, false, out var dayEnd, out var day) || !char.IsAsciiLetter(s[dayEnd - 1]))
        {
            return false; // an ordinal ("3rd", "third"), not a bare number
        }

        var m = EnglishText.SkipSpaces(s, dayEnd);
        if (EnglishText.WordAt(s, m, "day", out var dayWordEnd))
        {
            m = EnglishText.SkipSpaces(s, dayWordEnd);
        }

        if (EnglishText.WordAt(s, m, "of", out var ofEnd) || EnglishText.WordAt(s, m, "in", out ofEnd))
        {
            m = EnglishText.SkipSpaces(s, ofEnd);
        }

        if (!TryRelativeMonth(s, m, today, out end, out var first) || !CalendarMath.IsValid(first.Year, first.Month, day))
        {
            end = i;
            return false;
        }

        date = DateCandidates.Single(new DateOnly(first.Year, first.Month, day));
        return true;
    }

    /// <summary>"first monday of next month", "last friday of october": the nth weekday of a month.</summary>
    public static bool TryNthWeekday(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        foreach (var (word, nth) in Nths.StartingAt(s, i))
        {
            if (!EnglishText.WordAt(s, i, word, out var nthEnd))
            {
                continue;
            }

            var w = EnglishText.SkipSpaces(s, nthEnd);
            if (!EnglishDateWords.TryWeekdayWord(s, w, out var weekdayEnd, out var weekday))
            {
                return false;
            }

            var m = EnglishText.SkipSpaces(s, weekdayEnd);
            if (!EnglishText.WordAt(s, m, "of", out var ofEnd) && !EnglishText.WordAt(s, m, "in", out ofEnd))
            {
                return false;
            }

            m = EnglishText.SkipSpaces(s, ofEnd);
            if (TryRelativeMonth(s, m, today, out end, out var first))
            {
                date = new DateCandidates(Timex(null, first.Month, weekday, nth), [NthWeekday(first, weekday, nth)]);
                return true;
            }

            if (!EnglishDateParser.TryMonth(s, m, out end, out var month))
            {
                return false;
            }

            var y = EnglishText.SkipSpaces(s, end);
            if (EnglishPeriodParser.TryYearDigits(s, y, out var yearEnd, out var year))
            {
                end = yearEnd;
                date = new DateCandidates(Timex(year, month, weekday, nth), [NthWeekday(new DateOnly(year, month, 1), weekday, nth)]);
                return true;
            }

            // A month without its year: the last such day and the next one, as for a date.
            var thisYear = NthWeekday(new DateOnly(today.Year, month, 1), weekday, nth);
            var past = thisYear <= today ? thisYear : NthWeekday(new DateOnly(today.Year - 1, month, 1), weekday, nth);
            var future = thisYear >= today ? thisYear : NthWeekday(new DateOnly(today.Year + 1, month, 1), weekday, nth);
            date = DateCandidates.PastAndFuture(Timex(null, month, weekday, nth), past, future);
            return true;
        }

        return false;
    }

    private static bool TryRelativeMonth(string s, int i, DateOnly today, out int end, out DateOnly first)
    {
        first = default;
        foreach (var (word, offset) in RelativeMonths)
        {
            if (EnglishText.WordAt(s, i, word, out var wordEnd) && EnglishText.WordAt(s, EnglishText.SkipSpaces(s, wordEnd), "month", out end))
            {
                first = new DateOnly(today.Year, today.Month, 1).AddMonths(offset);
                return true;
            }
        }

        end = i;
        return false;
    }

    /// <summary>The nth (1-4) or last (5) given weekday of the month that begins on <paramref name="first"/>.</summary>
    private static DateOnly NthWeekday(DateOnly first, int weekday, int nth)
    {
        var firstOne = first.AddDays(((weekday - CalendarMath.IsoWeekday(first)) + 7) % 7);
        var day = firstOne.AddDays(7 * (nth - 1));
        return nth == 5 || day.Month != first.Month ? LastWeekdayOfMonth(first, weekday) : day;
    }

    private static DateOnly LastWeekdayOfMonth(DateOnly first, int weekday)
    {
        var last = first.AddMonths(1).AddDays(-1);
        return last.AddDays(-(((CalendarMath.IsoWeekday(last) - weekday) + 7) % 7));
    }

    private static string Timex(int? year, int month, int weekday, int nth) =>
        string.Create(CultureInfo.InvariantCulture, $"{(year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "XXXX")}-{month:00}-WXX-{weekday}-#{nth}");
}
