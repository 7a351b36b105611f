namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Years: 2016年, 二零一六年, 07年, 零八年, 2008 年, 今年/去年/明年, 康熙三年.</summary>
internal static class ChineseYearParser
{
    public static readonly (string Word, int Years)[] RelativeYears =
    [
        ("大前年", -3), ("前年", -2), ("去年", -1), ("今年", 0), ("明年", 1), ("后年", 2), ("後年", 2), ("大后年", 3),
    ];

    public static bool TryParse(string s, int i, DateOnly today, out int end, out int year)
    {
        foreach (var (word, years) in RelativeYears)
        {
            if (ChineseDateWords.StartsWith(s, i, word))
            {
                end = i + word.Length;
                year = today.Year + years;
                return true;
            }
        }

        return TryWritten(s, i, out end, out year) || ChineseEras.TryParse(s, i, out end, out year);
    }

    /// <summary>A year written with its digits: four (2016, 二零一六) or two (07, 零八), then 年.</summary>
    public static bool TryWritten(string s, int i, out int end, out int year)
    {
        end = i;
        year = 0;
        if (i > 0 && char.IsAsciiDigit(s[i - 1]))
        {
            return false;
        }

        if (!ChineseSmallNumber.TryRead(s, i, out var numberEnd, out var value) || !IsDigitWritten(s, i, numberEnd))
        {
            return false;
        }

        var digits = numberEnd - i;
        if (digits is not (2 or 4))
        {
            return false;
        }

        var j = numberEnd;
        while (j < s.Length && s[j] == ' ' && j - numberEnd < 2)
        {
            j++;
        }

        if (j >= s.Length || s[j] != '年')
        {
            return false;
        }

        end = j + 1;
        year = CalendarMath.ExpandYear(value, digits);
        return true;
    }

    /// <summary>Digits, not counted numerals: "二零一六", "07" are years; "两", "十六" count years.</summary>
    private static bool IsDigitWritten(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Numbers.ChineseNumerals.SmallUnit(s[k]) > 0 || Numbers.ChineseNumerals.IsCountingTwo(s[k]))
            {
                return false;
            }
        }

        return true;
    }
}
