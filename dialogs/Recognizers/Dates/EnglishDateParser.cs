using System.Globalization;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>One English day expression: yesterday, last night, last Friday, on Monday, Nov 20, 20th of November, 11/20/2024.</summary>
internal static class EnglishDateParser
{
    public static bool TryParse(string s, int i, DateOnly today, out int end, out DateCandidates date, out Daypart? daypart)
    {
        daypart = null;
        foreach (var (word, days, part) in EnglishDateWords.RelativeDays)
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                date = DateCandidates.Single(today.AddDays(days));
                daypart = part;
                return true;
            }
        }

        return TryWeekday(s, i, today, out end, out date)
               || TryMonthDay(s, i, today, out end, out date)
               || TryNumericDate(s, i, today, out end, out date);
    }

    /// <summary>"friday" (the last or next one), "last friday" (Friday of last week), "this friday", "next friday".</summary>
    private static bool TryWeekday(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        var j = i;
        int? weeks = null;
        foreach (var (word, offset) in EnglishDateWords.WeekPrefixes)
        {
            if (EnglishText.WordAt(s, j, word, out var prefixEnd))
            {
                weeks = offset;
                j = EnglishText.SkipSpaces(s, prefixEnd);
                break;
            }
        }

        foreach (var (word, weekday) in EnglishDateWords.Weekdays)
        {
            if (EnglishText.WordAt(s, j, word, out end))
            {
                if (end < s.Length && s[end] == 's' && weeks is null)
                {
                    return false; // "fridays" is a set
                }

                date = weeks is { } w
                    ? DateCandidates.Single(CalendarMath.WeekdayInWeek(today, w, weekday))
                    : DateCandidates.PastAndFuture(
                        string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}"),
                        CalendarMath.LastWeekday(today, weekday),
                        CalendarMath.NextWeekday(today, weekday));
                return true;
            }
        }

        end = i;
        return false;
    }

    /// <summary>"nov 20", "november 20th, 2024", "20 november", "the 20th of november".</summary>
    private static bool TryMonthDay(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        var j = i;
        int month;
        int day;
        if (TryMonth(s, j, out var monthEnd, out month))
        {
            var k = EnglishText.SkipSpaces(s, monthEnd);
            if (EnglishText.WordAt(s, k, "the", out var theEnd))
            {
                k = EnglishText.SkipSpaces(s, theEnd);
            }

            if (!TryDayNumber(s, k, out j, out day))
            {
                return false;
            }
        }
        else
        {
            if (EnglishText.WordAt(s, j, "the", out var theEnd))
            {
                j = EnglishText.SkipSpaces(s, theEnd);
            }

            if (!TryDayNumber(s, j, out var dayEnd, out day))
            {
                return false;
            }

            var k = EnglishText.SkipSpaces(s, dayEnd);
            if (EnglishText.WordAt(s, k, "of", out var ofEnd))
            {
                k = EnglishText.SkipSpaces(s, ofEnd);
            }

            if (!TryMonth(s, k, out j, out month))
            {
                return false;
            }
        }

        var y = j < s.Length && s[j] == ',' ? EnglishText.SkipSpaces(s, j + 1) : EnglishText.SkipSpaces(s, j);
        if (TryYear(s, y, out var yearEnd, out var year))
        {
            if (!CalendarMath.IsValid(year, month, day))
            {
                return false;
            }

            end = yearEnd;
            date = DateCandidates.Single(new DateOnly(year, month, day));
            return true;
        }

        var candidates = CalendarMath.YearlessCandidates(today, month, day);
        if (candidates is null)
        {
            return false;
        }

        end = j;
        date = DateCandidates.PastAndFuture(string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}"), candidates.Value.Past, candidates.Value.Future);
        return true;
    }

    /// <summary>"11/20", "11/20/2024", "2024-11-20".</summary>
    private static bool TryNumericDate(string s, int i, DateOnly today, out int end, out DateCandidates date)
    {
        end = i;
        date = null!;
        if (!Digits(s, i, out var e1, out var a) || e1 >= s.Length || (s[e1] != '/' && s[e1] != '-') || !Digits(s, e1 + 1, out var e2, out var b))
        {
            return false;
        }

        var separator = s[e1];
        if (e2 < s.Length && s[e2] == separator && Digits(s, e2 + 1, out var e3, out var c))
        {
            var (year, month, day) = e1 - i == 4 ? (a, b, c) : (CalendarMath.ExpandYear(c, e3 - e2 - 1), a, b);
            if (month > 12 && day <= 12)
            {
                (month, day) = (day, month);
            }

            if (!CalendarMath.IsValid(year, month, day))
            {
                return false;
            }

            end = e3;
            date = DateCandidates.Single(new DateOnly(year, month, day));
            return true;
        }

        if (separator != '/' || e1 - i > 2 || e2 - e1 - 1 > 2 || a > 12 || b > 31)
        {
            return false;
        }

        var candidates = CalendarMath.YearlessCandidates(today, a, b);
        if (candidates is null)
        {
            return false;
        }

        end = e2;
        date = DateCandidates.PastAndFuture(string.Create(CultureInfo.InvariantCulture, $"XXXX-{a:00}-{b:00}"), candidates.Value.Past, candidates.Value.Future);
        return true;
    }

    public static bool TryMonth(string s, int i, out int end, out int month)
    {
        foreach (var (word, m) in EnglishDateWords.Months)
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                if (end < s.Length && s[end] == '.')
                {
                    end++;
                }

                month = m;
                return true;
            }
        }

        end = i;
        month = 0;
        return false;
    }

    /// <summary>"20", "20th", "1st", "twentieth".</summary>
    private static bool TryDayNumber(string s, int i, out int end, out int day)
    {
        if (!Digits(s, i, out end, out day) || end - i > 2 || day is < 1 or > 31)
        {
            return false;
        }

        foreach (var suffix in (string[])["st", "nd", "rd", "th"])
        {
            if (EnglishText.WordAt(s, end, suffix, out var suffixEnd))
            {
                end = suffixEnd;
                break;
            }
        }

        return end >= s.Length || !char.IsAsciiLetter(s[end]);
    }

    private static bool TryYear(string s, int i, out int end, out int year) =>
        Digits(s, i, out end, out year) && end - i == 4 && (end >= s.Length || !char.IsAsciiLetter(s[end]));

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
