using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Holidays by name: "christmas", "easter 2018", "independence day of this year", "last easter", "next new year day".
/// Without a year they read like a yearless date (past and future occurrence); with a year or this/next/last, one day.
/// </summary>
internal static class EnglishHolidays
{
    /// <summary>Longer names first, so "new year's eve" wins over "new year".</summary>
    public static readonly (string Name, HolidayRule Rule)[] Names =
    [
        ("international workers' day", HolidayRule.Fixed(5, 1)), ("international workers day", HolidayRule.Fixed(5, 1)),
        ("martin luther king day", HolidayRule.NthWeekday(1, 1, 3)), ("martin luther king jr day", HolidayRule.NthWeekday(1, 1, 3)),
        ("new year's eve", HolidayRule.Fixed(12, 31)), ("new years eve", HolidayRule.Fixed(12, 31)), ("new year eve", HolidayRule.Fixed(12, 31)),
        ("new year's day", HolidayRule.Fixed(1, 1)), ("new years day", HolidayRule.Fixed(1, 1)), ("new year day", HolidayRule.Fixed(1, 1)),
        ("new year's", HolidayRule.Fixed(1, 1)), ("new years", HolidayRule.Fixed(1, 1)), ("new year", HolidayRule.Fixed(1, 1)),
        ("christmas eve", HolidayRule.Fixed(12, 24)), ("christmas day", HolidayRule.Fixed(12, 25)), ("christmas", HolidayRule.Fixed(12, 25)),
        ("xmas", HolidayRule.Fixed(12, 25)), ("boxing day", HolidayRule.Fixed(12, 26)),
        ("independence day", HolidayRule.Fixed(7, 4)), ("valentine's day", HolidayRule.Fixed(2, 14)), ("valentines day", HolidayRule.Fixed(2, 14)),
        ("valentine day", HolidayRule.Fixed(2, 14)), ("saint patrick's day", HolidayRule.Fixed(3, 17)), ("saint patricks day", HolidayRule.Fixed(3, 17)),
        ("saint patrick day", HolidayRule.Fixed(3, 17)), ("saint patrick", HolidayRule.Fixed(3, 17)), ("st patrick's day", HolidayRule.Fixed(3, 17)),
        ("st patricks day", HolidayRule.Fixed(3, 17)), ("st patrick day", HolidayRule.Fixed(3, 17)), ("halloween", HolidayRule.Fixed(10, 31)),
        ("earth day", HolidayRule.Fixed(4, 22)), ("may day", HolidayRule.Fixed(5, 1)), ("juneteenth", HolidayRule.Fixed(6, 19)),
        ("freedom day", HolidayRule.Fixed(6, 19)), ("jubilee day", HolidayRule.Fixed(6, 19)), ("veterans day", HolidayRule.Fixed(11, 11)),
        ("veteran's day", HolidayRule.Fixed(11, 11)), ("easter monday", HolidayRule.FromEaster(1)), ("easter sunday", HolidayRule.FromEaster(0)),
        ("easter", HolidayRule.FromEaster(0)), ("good friday", HolidayRule.FromEaster(-2)), ("thanksgiving day", HolidayRule.NthWeekday(11, 4, 4)),
        ("thanksgiving", HolidayRule.NthWeekday(11, 4, 4)), ("mother's day", HolidayRule.NthWeekday(5, 7, 2)), ("mothers day", HolidayRule.NthWeekday(5, 7, 2)),
        ("father's day", HolidayRule.NthWeekday(6, 7, 3)), ("fathers day", HolidayRule.NthWeekday(6, 7, 3)), ("memorial day", HolidayRule.NthWeekday(5, 1, -1)),
        ("labor day", HolidayRule.NthWeekday(9, 1, 1)), ("labour day", HolidayRule.NthWeekday(9, 1, 1)), ("columbus day", HolidayRule.NthWeekday(10, 1, 2)),
    ];

    private static readonly (string Word, int Offset)[] Relatives = [("this", 0), ("next", 1), ("last", -1), ("previous", -1)];

    public static bool TryParse(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        int? offset = null;
        var j = i;
        foreach (var (word, value) in Relatives)
        {
            if (EnglishText.WordAt(s, i, word, out var wordEnd))
            {
                offset = value;
                j = EnglishText.SkipSpaces(s, wordEnd);
                break;
            }
        }

        if (!TryName(s, j, out var nameEnd, out var rule))
        {
            return false;
        }

        end = nameEnd;
        if (offset is { } o)
        {
            date = DateCandidates.Single(o == 0 ? rule.In(today.Year) : o > 0 ? Next(rule, today) : Last(rule, today));
            return true;
        }

        if (TryYear(s, nameEnd, today, out var yearEnd, out var year))
        {
            end = yearEnd;
            date = DateCandidates.Single(rule.In(year));
            return true;
        }

        var thisYear = rule.In(today.Year);
        var timex = string.Create(CultureInfo.InvariantCulture, $"XXXX-{thisYear.Month:00}-{thisYear.Day:00}");
        date = DateCandidates.PastAndFuture(timex, thisYear < today ? thisYear : rule.In(today.Year - 1), thisYear >= today ? thisYear : rule.In(today.Year + 1));
        return true;
    }

    private static readonly HashSet<string> FirstWords = [.. Names.Select(n => n.Name.Split(' ')[0])];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryName(string s, int i, out int end, out HolidayRule rule)
    {
        var wordEnd = i;
        while (wordEnd < s.Length && (char.IsAsciiLetter(s[wordEnd]) || s[wordEnd] == '\''))
        {
            wordEnd++;
        }

        if (wordEnd == i || !FirstWordLookup.Contains(s.AsSpan(i, wordEnd - i)))
        {
            end = i;
            rule = null!;
            return false;
        }

        foreach (var (name, r) in Names)
        {
            if (EnglishText.WordAt(s, i, name, out end))
            {
                rule = r;
                return true;
            }
        }

        end = i;
        rule = null!;
        return false;
    }

    /// <summary>" 2018", " of 2018", " of this year", " of next year".</summary>
    private static bool TryYear(string s, int i, DateOnly today, out int end, out int year)
    {
        var k = EnglishText.SkipSpaces(s, i);
        if (EnglishText.WordAt(s, k, "of", out var ofEnd))
        {
            k = EnglishText.SkipSpaces(s, ofEnd);
        }

        foreach (var (word, offset) in (ReadOnlySpan<(string, int)>)[("this year", 0), ("next year", 1), ("last year", -1), ("previous year", -1)])
        {
            if (EnglishText.WordAt(s, k, word, out end))
            {
                year = today.Year + offset;
                return true;
            }
        }

        if (k < s.Length && char.IsAsciiDigit(s[k]) && EnglishPeriodParser.TryYearDigits(s, k, out end, out year) && end - k == 4)
        {
            return true;
        }

        end = i;
        year = 0;
        return false;
    }

    private static DateOnly Next(HolidayRule rule, DateOnly today) => rule.In(today.Year) > today ? rule.In(today.Year) : rule.In(today.Year + 1);

    private static DateOnly Last(HolidayRule rule, DateOnly today) => rule.In(today.Year) < today ? rule.In(today.Year) : rule.In(today.Year - 1);
}
