using System.Globalization;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// One English day expression: yesterday, last night, last Friday, next week wednesday, Nov 20, the 20th of November,
/// second of Aug, may twenty nine, Dec. 31, 1994, 11/20/2024, 22/04, 2019/aug/01, 05-aug-2016, 23.04.2022.
/// Calendar dates also return their <see cref="DateFields"/> for ranges.
/// </summary>
internal static class EnglishDateParser
{
    public static bool TryParse(string s, int i, DateOnly today, out int end, out DateCandidates date, out Daypart? daypart, out DateFields? fields)
    {
        daypart = null;
        fields = null;
        foreach (var (word, days, part) in EnglishDateWords.RelativeDays.StartingAt(s, i))
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                date = DateCandidates.Single(today.AddDays(days));
                daypart = part;
                return true;
            }
        }

        if (EnglishHolidays.TryParse(s, i, today, out end, out date))
        {
            return true;
        }

        if (EnglishDayInMonthPhrase.TryNthWeekday(s, i, today, out end, out date) || EnglishDayInMonthPhrase.TryDayOfRelativeMonth(s, i, today, out end, out date))
        {
            return true;
        }

        if (TryWeekday(s, i, today, out end, out date))
        {
            // "tue may 9", "friday 7/6": a weekday that names its date defers to the date.
            var j = end < s.Length && s[end] == ',' ? end + 1 : end;
            j = EnglishText.SkipSpaces(s, j);
            var saidThe = EnglishText.WordAt(s, j, "the");
            if (j > end && (TryMonthDay(s, j, out var dateEnd, out var named) || TryNumericDate(s, j, true, out dateEnd, out named)) && !SaysMeridian(s, dateEnd))
            {
                end = dateEnd;
                if (named.Month is null && date.Days.Count > 0 && WeekdayWithDayOfMonth(today, named.Day, CalendarMath.IsoWeekday(date.Days[0]), saidThe) is { } onWeekday)
                {
                    date = onWeekday;
                }
                else
                {
                    // "this friday 7.6", "next friday 5/12": upstream takes the date in the reference year.
                    fields = named;
                    date = named.Resolve(today);
                    if ((EnglishText.WordAt(s, i, "this") || EnglishText.WordAt(s, i, "next") || EnglishText.WordAt(s, i, "last")) && named.Year is null && date.Days.Count > 1 && date.Days.FirstOrDefault(d => d.Year == today.Year) is { } thisYear && thisYear != default)
                    {
                        date = date with { Days = [thisYear] };
                    }
                }
            }
            else if (j > end && date.Days.Count > 0 && TryDayOfMonthOnly(s, j, out dateEnd, out var dayOfMonth) && !SaysMeridian(s, dateEnd)
                     && WeekdayWithDayOfMonth(today, dayOfMonth, CalendarMath.IsoWeekday(date.Days[0]), saidThe) is { } named2)
            {
                end = dateEnd;
                date = named2;
            }

            return true;
        }

        if (TryMonthDay(s, i, out end, out var calendar) || TryNumericDate(s, i, AfterOn(s, i), out end, out calendar))
        {
            fields = calendar;
            date = calendar.Resolve(today);
            return true;
        }

        if (TryRelativeCalendarDate(s, i, today, out end, out date, out fields))
        {
            return true;
        }

        return false;
    }

    /// <summary>"friday" (the last or next one), "last friday" (Friday of last week), "this friday", "next week wednesday".</summary>
    private static bool TryWeekday(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        var j = i;
        int? weeks = null;
        var mostRecent = false;
        foreach (var (word, offset) in (ReadOnlySpan<(string, int)>)[("this week", 0), ("next week", 1), ("last week", -1), ("previous week -", -1), ("previous week", -1)])
        {
            if (EnglishText.WordAt(s, j, word, out var prefixEnd) || (word.EndsWith('-') && string.CompareOrdinal(s, j, word, 0, word.Length) == 0 && (prefixEnd = j + word.Length) > 0))
            {
                var k = EnglishText.SkipSpaces(s, prefixEnd);
                if (EnglishText.WordAt(s, k, "on", out var onEnd))
                {
                    k = EnglishText.SkipSpaces(s, onEnd);
                }

                if (MatchWeekday(s, k, out _, out _))
                {
                    weeks = offset;
                    j = k;
                    break;
                }
            }
        }

        if (weeks is null)
        {
            if (EnglishText.WordAt(s, j, "this past", out var pastEnd) || EnglishText.WordAt(s, j, "past", out pastEnd))
            {
                // "past wednesday": the most recent one, even in this week.
                mostRecent = true;
                j = EnglishText.SkipSpaces(s, pastEnd);
            }
            else
            {
                foreach (var (word, offset) in EnglishDateWords.WeekPrefixes.StartingAt(s, j))
                {
                    if (EnglishText.WordAt(s, j, word, out var prefixEnd))
                    {
                        weeks = offset;
                        j = EnglishText.SkipSpaces(s, prefixEnd);
                        break;
                    }
                }
            }
        }

        if (!MatchWeekday(s, j, out end, out var weekday))
        {
            end = i;
            return false;
        }

        if (end < s.Length && s[end] == 's' && weeks is null && !mostRecent)
        {
            end = i;
            return false; // "fridays" recur
        }

        if (weeks is null && !mostRecent && TryTrailingWeek(s, end, out var weekEnd, out var trailing))
        {
            weeks = trailing; // "monday of the following week", "friday last week"
            end = weekEnd;
        }

        date = mostRecent ? DateCandidates.Single(CalendarMath.LastWeekday(today.AddDays(-1), weekday))
            : weeks is { } w ? DateCandidates.Single(CalendarMath.WeekdayInWeek(today, w, weekday))
            : DateCandidates.PastAndFuture(
                string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}"),
                CalendarMath.LastWeekday(today.AddDays(-1), weekday),
                CalendarMath.NextWeekday(today, weekday));
        return true;
    }

    /// <summary>Words before "sun", "sat", "wed" that make them the star, the verb, the marriage: "the sun", "i sat", "they wed".</summary>
    private static readonly string[] NotBeforeShortWeekday = ["the", "a", "i", "you", "he", "she", "we", "they", "who", "it", "was", "were", "had", "just", "newly"];

    private static bool MatchWeekday(string s, int i, out int end, out int weekday)
    {
        foreach (var (word, day) in EnglishDateWords.Weekdays.StartingAt(s, i))
        {
            if ((EnglishText.WordAt(s, i, word, out end) || IsPlural(s, i, word, out end)) && !(word is "sun" or "sat" or "wed" && AfterWord(s, i, NotBeforeShortWeekday)))
            {
                weekday = day;
                return true;
            }
        }

        end = i;
        weekday = 0;
        return false;
    }

    private static bool AfterWord(string s, int i, string[] words)
    {
        var before = s.AsSpan(0, i).TrimEnd();
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.Ordinal) && (before.Length == word.Length || !char.IsAsciiLetter(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>" of the following week", " next week": the week a bare weekday said before it falls in (0 this, 1 next, -1 last).</summary>
    public static bool TryTrailingWeek(string s, int end, out int weekEnd, out int weeks)
    {
        var k = EnglishText.SkipSpaces(s, end);
        if (EnglishText.WordAt(s, k, "of", out var ofEnd))
        {
            k = EnglishText.SkipSpaces(s, ofEnd);
        }

        if (EnglishText.WordAt(s, k, "the", out var theEnd))
        {
            k = EnglishText.SkipSpaces(s, theEnd);
        }

        foreach (var (word, offset) in EnglishDateWords.WeekPrefixes.StartingAt(s, k))
        {
            if (EnglishText.WordAt(s, k, word, out var prefixEnd) && EnglishText.WordAt(s, EnglishText.SkipSpaces(s, prefixEnd), "week", out weekEnd))
            {
                weeks = offset;
                return true;
            }
        }

        weekEnd = end;
        weeks = 0;
        return false;
    }

    /// <summary>
    /// "friday the 26th" names one day, the next 26th that is a Friday; "mon 13th" and "monday 21" stay a weekday
    /// (XXXX-WXX-1) whose past and future readings are the nearest 13ths falling on a Monday.
    /// </summary>
    private static DateCandidates? WeekdayWithDayOfMonth(DateOnly today, int day, int weekday, bool saidThe)
    {
        if (saidThe || (today.Day == day && CalendarMath.IsoWeekday(today) == weekday))
        {
            return CalendarMath.DayOfMonthOnWeekday(today, day, weekday) is { } next ? DateCandidates.Single(next) : null;
        }

        var future = CalendarMath.DayOfMonthOnWeekday(today, day, weekday, forward: true);
        var past = CalendarMath.DayOfMonthOnWeekday(today.AddDays(-1), day, weekday, forward: false);
        return future is { } f && past is { } p
            ? DateCandidates.PastAndFuture(string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}"), p, f)
            : null;
    }

    /// <summary>"next 5/12", "this 5/12", "last 6th of april": the one occurrence of a yearless date the word points at.</summary>
    private static bool TryRelativeCalendarDate(string s, int i, DateOnly today, out int end, out DateCandidates date, out DateFields? fields)
    {
        date = null!;
        fields = null;
        end = i;
        var which = EnglishText.WordAt(s, i, "next", out var wordEnd) ? 1 : EnglishText.WordAt(s, i, "this", out wordEnd) ? 0 : EnglishText.WordAt(s, i, "last", out wordEnd) ? -1 : (int?)null;
        var k = EnglishText.SkipSpaces(s, wordEnd);
        if (which is null || !(TryMonthDay(s, k, out end, out var named) || TryNumericDate(s, k, false, out end, out named)) || named.Year is not null || named.Month is null
            || named.Resolve(today) is not { IsResolved: true } candidates)
        {
            end = i;
            return false;
        }

        var chosen = which switch
        {
            1 => candidates.Days.FirstOrDefault(d => d > today),
            -1 => candidates.Days.LastOrDefault(d => d < today),
            _ => candidates.Days.FirstOrDefault(d => d.Year == today.Year),
        };
        if (chosen == default)
        {
            end = i;
            return false;
        }

        fields = named;
        date = new DateCandidates(candidates.Timex, [chosen]);
        return true;
    }

    /// <summary>"on the 4th", "on 29th": an ordinal day alone is a date only after "on" ("set it up the 21st" is not).</summary>
    private static bool AfterOn(string s, int i)
    {
        var before = s.AsSpan(0, i).TrimEnd();
        return before.EndsWith("on", StringComparison.Ordinal) && (before.Length == 2 || !char.IsAsciiLetterOrDigit(before[^3]));
    }

    /// <summary>"mon 9 am": the number after the weekday is a clock time, not a day of the month.</summary>
    private static bool SaysMeridian(string s, int end)
    {
        var k = EnglishText.SkipSpaces(s, end);
        return EnglishText.WordAt(s, k, "am") || EnglishText.WordAt(s, k, "pm") || EnglishText.WordAt(s, k, "a.m.") || EnglishText.WordAt(s, k, "p.m.")
               || EnglishText.WordAt(s, k, "a.m") || EnglishText.WordAt(s, k, "p.m") || EnglishText.WordAt(s, k, "o'clock");
    }

    /// <summary>"mondays": the weekday word followed by a plural "s" that ends the word; the "s" stays out of the match.</summary>
    private static bool IsPlural(string s, int i, string word, out int end)
    {
        end = i + word.Length;
        var after = end + 1;
        return after <= s.Length && s[i] == word[0] && s.AsSpan(i).StartsWith(word, StringComparison.Ordinal) && s[end] == 's'
               && (after == s.Length || !char.IsAsciiLetterOrDigit(s[after]));
    }

    /// <summary>"the 26th", "the twenty seventh", "21": a day of the month right after a weekday.</summary>
    private static bool TryDayOfMonthOnly(string s, int i, out int end, out int day)
    {
        var k = i;
        if (EnglishText.WordAt(s, k, "the", out var theEnd))
        {
            k = EnglishText.SkipSpaces(s, theEnd);
        }

        if (EnglishOrdinals.TryDayWord(s, k, out end, out day, allowCardinal: k > i))
        {
            return true;
        }

        if (!Digits(s, k, out end, out day) || end - k > 2 || day is < 1 or > 31)
        {
            return false;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["st", "nd", "rd", "th"])
        {
            if (string.CompareOrdinal(s, end, suffix, 0, 2) == 0)
            {
                end += 2;
                break;
            }
        }

        return (end >= s.Length || !char.IsAsciiLetterOrDigit(s[end])) && (k > i || end - k > 2 || (end < s.Length && s[end] != ':' && s[end] != '-'));
    }

    /// <summary>"nov 20", "november 20th, 2024", "20 november", "the 20th of november", "second of aug", "may twenty nine", "dec31".</summary>
    private static bool TryMonthDay(string s, int i, out int end, out DateFields fields)
    {
        end = i;
        fields = null!;
        int month;
        int day;
        int j;
        if (TryMonth(s, i, out var monthEnd, out month))
        {
            var k = monthEnd < s.Length && char.IsAsciiDigit(s[monthEnd]) ? monthEnd : EnglishText.SkipSpaces(s, monthEnd < s.Length && s[monthEnd] == ',' ? monthEnd + 1 : monthEnd);
            if (EnglishText.WordAt(s, k, "the", out var theEnd))
            {
                k = EnglishText.SkipSpaces(s, theEnd);
            }

            if (!TryDayNumber(s, k, true, out j, out day) || (EnglishYearWords.TryParse(s, k, out var yearWordsEnd, out _) && yearWordsEnd > j))
            {
                return false; // "october two thousand and five" names a year, not the 2nd
            }
        }
        else
        {
            var k = i;
            if (EnglishText.WordAt(s, k, "the", out var theEnd))
            {
                k = EnglishText.SkipSpaces(s, theEnd);
            }

            if (k > 0 && s[k - 1] is '$' or '€' or '£' or '¥')
            {
                return false; // "$12 december 27": an amount, then the date
            }

            if (!TryDayNumber(s, k, false, out var dayEnd, out day)
                && !(EnglishOrdinals.TryDayWord(s, k, out dayEnd, out day, allowCardinal: true) && TryMonth(s, EnglishText.SkipSpaces(s, dayEnd), out _, out var named) && named != 5))
            {
                return false; // a cardinal day in words only right before its month: "twenty five january" ("one may ask" is the verb)
            }

            var m = EnglishText.SkipSpaces(s, dayEnd);
            if (EnglishText.WordAt(s, m, "day of", out var dayOfEnd))
            {
                m = EnglishText.SkipSpaces(s, dayOfEnd);
            }

            if (EnglishText.WordAt(s, m, "of", out var ofEnd))
            {
                m = EnglishText.SkipSpaces(s, ofEnd);
            }

            if (!TryMonth(s, m, out j, out month))
            {
                // "the 4th", "on 29th": a day of this or a nearby month
                if (dayEnd - k > 2 && char.IsAsciiLetter(s[dayEnd - 1]) && AfterOn(s, i))
                {
                    end = dayEnd;
                    fields = new DateFields(null, null, day);
                    return true;
                }

                return false;
            }
        }

        if (TryYearAfter(s, j, out var yearEnd, out var year))
        {
            end = yearEnd;
            fields = new DateFields(year, month, day);
            return true;
        }

        end = j;
        fields = new DateFields(null, month, day);
        return true;
    }

    /// <summary>", 1994", " 2016", " in 2020", " of 2020", " nineteen seventy two".</summary>
    private static bool TryYearAfter(string s, int j, out int end, out int year)
    {
        end = j;
        var y = EnglishText.SkipSpaces(s, j);
        if (y < s.Length && s[y] == ',')
        {
            y = EnglishText.SkipSpaces(s, y + 1);
        }

        if (EnglishText.WordAt(s, y, "in", out var inEnd) || EnglishText.WordAt(s, y, "of", out inEnd))
        {
            y = EnglishText.SkipSpaces(s, inEnd);
        }

        return EnglishPeriodParser.TryYearDigits(s, y, out end, out year) || EnglishYearWords.TryParse(s, y, out end, out year);
    }

    /// <summary>"11/20", "11/20/2024", "22/04", "2024-11-20", "5/3/18", "2019/aug/01", "05-aug-2016", "23.04.2022".</summary>
    private static bool TryNumericDate(string s, int i, bool allowDotted, out int end, out DateFields fields)
    {
        end = i;
        fields = null!;
        if (DigitChain.Continues(s, i))
        {
            return false;
        }

        if (TryCompactDate(s, i, out end, out fields))
        {
            return true;
        }

        if (!Digits(s, i, out var e1, out var a))
        {
            return false;
        }

        if (e1 >= s.Length || s[e1] is not ('/' or '-' or '.'))
        {
            return false;
        }

        var separator = s[e1];
        if (TryMonth(s, e1 + 1, out var monthEnd, out var namedMonth) && monthEnd < s.Length && s[monthEnd] == separator && Digits(s, monthEnd + 1, out var lastEnd, out var last))
        {
            // 2019/aug/01 or 05-aug-2016
            end = lastEnd;
            fields = e1 - i == 4 ? new DateFields(a, namedMonth, last) : new DateFields(CalendarMath.ExpandYear(last, lastEnd - monthEnd - 1), namedMonth, a);
            return fields.Day is >= 1 and <= 31;
        }

        if (!Digits(s, e1 + 1, out var e2, out var b))
        {
            return false;
        }

        if (e2 < s.Length && s[e2] == separator && Digits(s, e2 + 1, out var e3, out var c))
        {
            if (e3 < s.Length && (char.IsAsciiDigit(s[e3]) || (s[e3] == separator && e3 + 1 < s.Length && char.IsAsciiDigit(s[e3 + 1]))))
            {
                return false;
            }

            int year;
            int month;
            int day;
            if (e1 - i == 4)
            {
                (year, month, day) = (a, b, c);
            }
            else if (separator == '.')
            {
                (year, month, day) = (CalendarMath.ExpandYear(c, e3 - e2 - 1), b, a);
            }
            else
            {
                (year, month, day) = (CalendarMath.ExpandYear(c, e3 - e2 - 1), a, b);
            }

            if (month > 12 && day <= 12)
            {
                (month, day) = (day, month);
            }

            end = e3;
            fields = new DateFields(year, month, day);
            return month is >= 1 and <= 12 && day is >= 1 and <= 31;
        }

        if (separator == '-' || (separator == '.' && !allowDotted) || e1 - i > 2 || e2 - e1 - 1 > 2 || (e2 < s.Length && (char.IsAsciiLetterOrDigit(s[e2]) || s[e2] is '/' or '-')))
        {
            return false;
        }

        var (m, d) = separator == '.' ? (a, b) : a > 12 && b <= 12 ? (b, a) : (a, b);
        if (m is < 1 or > 12 || d is < 1 or > 31)
        {
            return false;
        }

        end = e2;
        fields = new DateFields(null, m, d);
        return true;
    }

    /// <summary>"20170302" in "report-20170302.html": eight digits that make a valid date of 1900-2099.</summary>
    private static bool TryCompactDate(string s, int i, out int end, out DateFields fields)
    {
        end = i + 8;
        fields = null!;
        if (end > s.Length || (end < s.Length && char.IsAsciiLetterOrDigit(s[end])) || (i > 0 && char.IsAsciiLetter(s[i - 1])))
        {
            return false;
        }

        for (var k = i; k < end; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }

        var year = int.Parse(s.AsSpan(i, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(s.AsSpan(i + 4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(s.AsSpan(i + 6, 2), CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2099 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        fields = new DateFields(year, month, day);
        return true;
    }

    public static bool TryMonth(string s, int i, out int end, out int month)
    {
        foreach (var (word, m) in EnglishDateWords.Months.StartingAt(s, i))
        {
            if (i < s.Length && s[i] == word[0] && s.AsSpan(i).StartsWith(word, StringComparison.Ordinal) && (i == 0 || !char.IsAsciiLetter(s[i - 1])))
            {
                end = i + word.Length;
                if (end < s.Length && char.IsAsciiLetter(s[end]))
                {
                    continue;
                }

                if (end + 2 < s.Length && s[end] == '.' && s[end + 1] == ' ' && char.IsAsciiDigit(s[end + 2]))
                {
                    end++; // "Dec. 31"; a full stop that ends the sentence stays out
                }

                month = m;
                return true;
            }
        }

        end = i;
        month = 0;
        return false;
    }

    /// <summary>"20", "20th", "1st", "twentieth", "twenty nine" (after a month).</summary>
    public static bool TryDayNumber(string s, int i, bool afterMonth, out int end, out int day)
    {
        if (EnglishOrdinals.TryDayWord(s, i, out end, out day, allowCardinal: afterMonth))
        {
            return true;
        }

        if (!Digits(s, i, out end, out day) || end - i > 2 || day is < 1 or > 31)
        {
            return false;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["st", "nd", "rd", "th"])
        {
            if (string.CompareOrdinal(s, end, suffix, 0, 2) == 0 && (end + 2 >= s.Length || !char.IsAsciiLetter(s[end + 2])))
            {
                end += 2;
                return true;
            }
        }

        return end >= s.Length || !(char.IsAsciiLetter(s[end]) || s[end] is ':' or '.' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1]));
    }

    private static bool Digits(string s, int i, out int end, out int value)
    {
        end = i;
        value = 0;
        while (end < s.Length && end - i < 4 && ArabicNumberReader.IsDigit(s[end]))
        {
            value = (value * 10) + (s[end] - '0');
            end++;
        }

        return end > i && !(end < s.Length && ArabicNumberReader.IsDigit(s[end]));
    }
}
