using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// Digit-written numbers as English text writes them, on top of <see cref="ArabicNumberReader"/>: space-grouped
/// thousands (1 234 567), Indian grouping (12,34,567.89), a decimal comma (5,00; 1.111,11) and lists (22,24,26).
/// </summary>
internal static class EnglishDigitNumberReader
{
    public static bool TryRead(string s, int start, out int end, out decimal value)
    {
        if (TryReadGrouped(s, start, out end, out value))
        {
            return true;
        }

        return ArabicNumberReader.TryRead(s, start, out end, out value);
    }

    private static bool TryReadGrouped(string s, int start, out int end, out decimal value)
    {
        end = start;
        value = 0;
        var i = start;
        var firstEnd = SkipDigits(s, i);
        var firstLength = firstEnd - i;
        if (firstLength == 0 || firstLength > 3 || firstEnd >= s.Length)
        {
            return false;
        }

        var separator = s[firstEnd];
        var digits = new System.Text.StringBuilder(s, i, firstLength, 32);
        var j = firstEnd;
        if (separator is ' ' or '\u202f' or '\u00a0')
        {
            var groups = 0;
            while (j + 3 < s.Length + 1 && j < s.Length && s[j] == separator && HasGroup(s, j + 1, 3))
            {
                digits.Append(s, j + 1, 3);
                j += 4;
                groups++;
            }

            if (groups == 0)
            {
                return false;
            }

            j = AppendDecimal(s, j, '.', digits);
        }
        else if (separator == ',')
        {
            // Indian grouping: pairs, then a final group of three (12,34,567).
            var pairs = 0;
            while (j < s.Length && s[j] == ',' && HasGroup(s, j + 1, 2) && j + 3 < s.Length && s[j + 3] == ',')
            {
                digits.Append(s, j + 1, 2);
                j += 3;
                pairs++;
            }

            if (pairs > 0 && HasGroup(s, j + 1, 3) && s[j] == ',')
            {
                digits.Append(s, j + 1, 3);
                j = AppendDecimal(s, j + 4, '.', digits);
            }
            else if (pairs == 0 && HasGroupBetween(s, j + 1, 1, 2) && !IsListAhead(s, j) && !IsListBehind(s, start))
            {
                // A decimal comma: "5,00", "1,3".
                return AppendDecimal(s, j, ',', digits) is var k && k > j && Finish(s, start, k, digits, out end, out value);
            }
            else
            {
                return false;
            }
        }
        else if (separator == '.' && HasGroup(s, j + 1, 3) && j + 4 < s.Length && s[j + 4] == ',')
        {
            // European grouping: "1.111,11".
            while (j < s.Length && s[j] == '.' && HasGroup(s, j + 1, 3))
            {
                digits.Append(s, j + 1, 3);
                j += 4;
            }

            j = AppendDecimal(s, j, ',', digits);
        }
        else
        {
            return false;
        }

        return Finish(s, start, j, digits, out end, out value);
    }

    private static bool Finish(string s, int start, int j, System.Text.StringBuilder digits, out int end, out decimal value)
    {
        end = j;
        value = 0;
        if (j < s.Length && (char.IsAsciiLetterOrDigit(s[j])))
        {
            return false;
        }

        if (!decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        end = j;
        return end > start;
    }

    private static int AppendDecimal(string s, int j, char point, System.Text.StringBuilder digits)
    {
        if (j + 1 < s.Length && s[j] == point && ArabicNumberReader.IsDigit(s[j + 1]))
        {
            var fracEnd = SkipDigits(s, j + 1);
            digits.Append('.').Append(s, j + 1, fracEnd - j - 1);
            return fracEnd;
        }

        return j;
    }

    /// <summary>"22,24,26": numbers in a list, not decimals.</summary>
    private static bool IsListAhead(string s, int j)
    {
        var k = SkipDigits(s, j + 1);
        return k + 1 < s.Length && s[k] == ',' && ArabicNumberReader.IsDigit(s[k + 1]);
    }

    private static bool IsListBehind(string s, int start) => start >= 2 && s[start - 1] == ',' && ArabicNumberReader.IsDigit(s[start - 2]);

    private static bool HasGroup(string s, int i, int length) =>
        i + length <= s.Length && SkipDigits(s, i) == i + length;

    private static bool HasGroupBetween(string s, int i, int min, int max)
    {
        var end = SkipDigits(s, i);
        return end - i >= min && end - i <= max;
    }

    private static int SkipDigits(string s, int i)
    {
        while (i < s.Length && ArabicNumberReader.IsDigit(s[i]))
        {
            i++;
        }

        return i;
    }
}
