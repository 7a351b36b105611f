using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Two numeric dates joined by a dash, with the year said once or twice: "5/1-5/7/2020", "5/1-5/7, 2020",
/// "10/1/2018-10/7/2018", "5/1/2019-5/7/2020", "10-1-2018-10-7-2018". A day that does not exist leaves the range
/// unresolved ("2/29-3/1/2019").
/// </summary>
internal static class EnglishNumericDateRange
{
    private sealed record Numeric(int Month, int Day, int? Year, int End);

    public static DateTimeEntity? Match(string s, int i)
    {
        var j = EnglishText.WordAt(s, i, "from", out var fromEnd) ? EnglishText.SkipSpaces(s, fromEnd) : i;
        if (j > 0 && (char.IsAsciiDigit(s[j - 1]) || s[j - 1] is '/' or '-'))
        {
            return null;
        }

        if (Read(s, j, '/') is { } slashed && slashed.End < s.Length && s[slashed.End] == '-' && Read(s, slashed.End + 1, '/') is { } second)
        {
            return Build(s, i, slashed, second);
        }

        // "10-1-2018-10-7-2018": dashes inside the dates need both years
        if (Read(s, j, '-') is { Year: not null } dashed && dashed.End < s.Length && s[dashed.End] == '-' && Read(s, dashed.End + 1, '-') is { Year: not null } dashedSecond)
        {
            return Build(s, i, dashed, dashedSecond);
        }

        return null;
    }

    private static DateTimeEntity? Build(string s, int start, Numeric x, Numeric y)
    {
        var end = y.End;
        var trailingYear = (int?)null;
        var k = end;
        if (k + 1 < s.Length && s[k] == ',')
        {
            var m = EnglishText.SkipSpaces(s, k + 1);
            if (EnglishPeriodParser.TryYearDigits(s, m, out var yearEnd, out var year) && yearEnd - m == 4)
            {
                trailingYear = year;
                end = yearEnd;
            }
        }

        var yYear = y.Year ?? trailingYear ?? x.Year;
        var xYear = x.Year ?? yYear;
        if (xYear is not { } fromYear || yYear is not { } toYear || (end < s.Length && char.IsAsciiLetterOrDigit(s[end])))
        {
            return null; // without any year the dates are read one by one
        }

        var span = TextSpan.FromBounds(start, end);
        var xTimex = Day(fromYear, x.Month, x.Day);
        var yTimex = Day(toYear, y.Month, y.Day);
        if (!CalendarMath.IsValid(fromYear, x.Month, x.Day) || !CalendarMath.IsValid(toYear, y.Month, y.Day))
        {
            return new DateTimeEntity(span, DateTimeSubtype.DateRange, [new DateTimeValue($"({xTimex},{yTimex},PXD)", NotResolved: true)], []);
        }

        var first = new DateOnly(fromYear, x.Month, x.Day);
        var last = new DateOnly(toYear, y.Month, y.Day);
        if (last <= first)
        {
            return null;
        }

        var timex = Timex.Range(first, last, string.Create(CultureInfo.InvariantCulture, $"P{last.DayNumber - first.DayNumber}D"));
        return new DateTimeEntity(span, DateTimeSubtype.DateRange, [new DateTimeValue(timex, Start: EntityBuilder.Midnight(first), End: EntityBuilder.Midnight(last))], [new Reading(EntityBuilder.Midnight(first), EntityBuilder.Midnight(last), false)]);
    }

    private static string Day(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");

    /// <summary>"5/1", "5/7/2020", "10-1-2018": month, day and a four-digit year when it follows.</summary>
    private static Numeric? Read(string s, int i, char separator)
    {
        if (!Digits(s, i, 2, out var monthEnd, out var month) || monthEnd >= s.Length || s[monthEnd] != separator
            || !Digits(s, monthEnd + 1, 2, out var dayEnd, out var day) || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        if (dayEnd + 4 < s.Length && s[dayEnd] == separator && Digits(s, dayEnd + 1, 4, out var yearEnd, out var year) && yearEnd - dayEnd - 1 == 4)
        {
            return new Numeric(month, day, year, yearEnd);
        }

        return new Numeric(month, day, null, dayEnd);
    }

    private static bool Digits(string s, int i, int max, out int end, out int value)
    {
        end = i;
        value = 0;
        while (end < s.Length && end - i < max && char.IsAsciiDigit(s[end]))
        {
            value = (value * 10) + (s[end] - '0');
            end++;
        }

        return end > i && (end >= s.Length || !char.IsAsciiDigit(s[end]));
    }
}
