using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Reads the small whole numbers of dates and clock times: digits (2016, 05), Chinese with units (二十三) or read
/// digit by digit (二零一六, 零五). Unlike the number model it never reads "点" as a decimal point.
/// </summary>
internal static class ChineseSmallNumber
{
    public static bool TryRead(string s, int i, out int end, out int value)
    {
        end = i;
        value = 0;
        if (i >= s.Length)
        {
            return false;
        }

        if (ArabicNumberReader.IsDigit(s[i]))
        {
            while (end < s.Length && end - i < 4 && ArabicNumberReader.IsDigit(s[end]))
            {
                value = (value * 10) + (s[end] - '0');
                end++;
            }

            return !(end < s.Length && ArabicNumberReader.IsDigit(s[end]));
        }

        var hasUnit = false;
        while (end < s.Length && end - i < 6 && (ChineseNumerals.IsDigit(s[end]) || ChineseNumerals.SmallUnit(s[end]) > 0))
        {
            hasUnit |= ChineseNumerals.SmallUnit(s[end]) > 0;
            end++;
        }

        if (end == i)
        {
            return false;
        }

        value = hasUnit ? WithUnits(s, i, end) : DigitByDigit(s, i, end);
        return true;
    }

    /// <summary>The number of digits read, for telling 07年 (two digits) from 2007年.</summary>
    public static int DigitCount(int start, int end) => end - start;

    private static int WithUnits(string s, int start, int end)
    {
        var total = 0;
        var current = -1;
        for (var k = start; k < end; k++)
        {
            var unit = ChineseNumerals.SmallUnit(s[k]);
            if (unit > 0)
            {
                total += (current <= 0 ? 1 : current) * unit;
                current = -1;
            }
            else
            {
                current = ChineseNumerals.Digit(s[k]);
            }
        }

        return total + Math.Max(current, 0);
    }

    private static int DigitByDigit(string s, int start, int end)
    {
        var value = 0;
        for (var k = start; k < end; k++)
        {
            value = (value * 10) + ChineseNumerals.Digit(s[k]);
        }

        return value;
    }
}
