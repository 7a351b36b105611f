using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// School and fiscal years, which start on dates that differ by school and company, so upstream leaves them
/// unresolved: "this school year" (SY2019), "last fiscal year" (FY2018), "school year 2008", "sy 2008", "fy18",
/// "fiscal year" (FYXXXX).
/// </summary>
internal static class EnglishSchoolOrFiscalYear
{
    private static readonly (string Word, int Offset)[] Relatives = [("this", 0), ("current", 0), ("last", -1), ("previous", -1), ("next", 1)];

    public static DateTimeEntity? Match(string s, int i, DateOnly today)
    {
        int? offset = null;
        var k = i;
        foreach (var (word, relative) in Relatives)
        {
            if (EnglishText.WordAt(s, i, word, out var wordEnd))
            {
                offset = relative;
                k = EnglishText.SkipSpaces(s, wordEnd);
                break;
            }
        }

        string prefix;
        int end;
        if (EnglishText.WordAt(s, k, "school year", out end))
        {
            prefix = "SY";
        }
        else if (EnglishText.WordAt(s, k, "fiscal year", out end))
        {
            prefix = "FY";
        }
        else if (offset is null && (Abbreviation(s, k, "sy", out end) || Abbreviation(s, k, "fy", out end)))
        {
            prefix = s[k] == 's' ? "SY" : "FY";
            return Year(s, end, out var shortEnd, out var shortYear) ? Entity(i, shortEnd, prefix, shortYear) : null;
        }
        else
        {
            return null;
        }

        if (offset is { } said)
        {
            return Entity(i, end, prefix, today.Year + said);
        }

        return Year(s, EnglishText.SkipSpaces(s, end), out var yearEnd, out var year) ? Entity(i, yearEnd, prefix, year) : Entity(i, end, prefix, null);
    }

    /// <summary>"sy" or "fy" followed by its year, glued or after a space: "sy18", "fy 2008".</summary>
    private static bool Abbreviation(string s, int i, string word, out int end)
    {
        end = i + 2;
        return string.CompareOrdinal(s, i, word, 0, 2) == 0 && end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == ' ');
    }

    /// <summary>A four-digit year, or two digits for 2000-2099.</summary>
    private static bool Year(string s, int i, out int end, out int year)
    {
        i = EnglishText.SkipSpaces(s, i);
        end = i;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        var digits = end - i;
        year = digits is 2 or 4 ? int.Parse(s.AsSpan(i, digits), CultureInfo.InvariantCulture) : 0;
        year += digits == 2 ? 2000 : 0;
        return digits is 2 or 4 && (end >= s.Length || !char.IsAsciiLetter(s[end]));
    }

    private static DateTimeEntity Entity(int start, int end, string prefix, int? year)
    {
        var timex = prefix + (year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "XXXX");
        return new DateTimeEntity(TextSpan.FromBounds(start, end), DateTimeSubtype.DateRange, [new DateTimeValue(timex, NotResolved: true)], []);
    }
}
