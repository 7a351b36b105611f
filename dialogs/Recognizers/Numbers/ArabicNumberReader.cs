using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// Reads a number written with digits, starting at a given index of width-folded text: sign, thousands
/// separators, decimals, exponents (2e5, 1.3x10^6), powers (2^5), fractions (3/5, 1 3/5) and metric suffixes
/// (10K, 2.5 M). Shared by every language.
/// </summary>
internal static class ArabicNumberReader
{
    /// <summary>Reads the plain part only: sign, digits, separators, decimals. Used inside Chinese numerals (3万4千).</summary>
    public static bool TryReadPlain(string s, int start, out int end, out decimal value)
    {
        try
        {
            return TryReadPlainUnchecked(s, start, out end, out value);
        }
        catch (OverflowException)
        {
            end = start;
            value = 0;
            return false; // more digits than any amount has
        }
    }

    /// <summary>Reads the longest digit-written number at <paramref name="start"/>, with every notation.</summary>
    public static bool TryRead(string s, int start, out int end, out decimal value)
    {
        try
        {
            return TryReadUnchecked(s, start, out end, out value);
        }
        catch (OverflowException)
        {
            end = start;
            value = 0;
            return false;
        }
    }

    private static bool TryReadPlainUnchecked(string s, int start, out int end, out decimal value)
    {
        var sign = ReadSign(s, start, out var bodyStart);
        if (!TryReadUnsigned(s, bodyStart, out end, out value))
        {
            return false;
        }

        value *= sign;
        return true;
    }

    private static bool TryReadUnchecked(string s, int start, out int end, out decimal value)
    {
        var sign = ReadSign(s, start, out var bodyStart);
        if (!TryReadUnsigned(s, bodyStart, out end, out value))
        {
            return false;
        }

        var plainEnd = end;
        if (TryReadPower(s, end, value, out var powerEnd, out var powered))
        {
            end = powerEnd;
            value = powered;
        }
        else if (TryReadScientific(s, end, value, out var sciEnd, out var scaled))
        {
            end = sciEnd;
            value = scaled;
        }
        else if (TryReadFractionTail(s, end, value, IsInteger(s, bodyStart, plainEnd) && !FollowsSlash(s, bodyStart), out var fracEnd, out var mixed))
        {
            end = fracEnd;
            value = mixed;
        }

        if (TryReadMetricSuffix(s, end, out var suffixEnd, out var multiplier))
        {
            end = suffixEnd;
            value *= multiplier;
        }

        value *= sign;
        return true;
    }

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool FollowsSlash(string s, int start) => start > 0 && s[start - 1] == '/';

    private static bool IsInteger(string s, int start, int end) => s.AsSpan(start, end - start).IndexOf('.') < 0;

    /// <summary>A minus counts only when it cannot be a hyphen (SCP-173) or part of a run (--9).</summary>
    private static int ReadSign(string s, int start, out int bodyStart)
    {
        bodyStart = start;
        if (start >= s.Length || (s[start] != '-' && s[start] != '+'))
        {
            return 1;
        }

        var before = start > 0 ? s[start - 1] : ' ';
        if (before == '-' || before == '+' || char.IsLetterOrDigit(before))
        {
            return 1;
        }

        bodyStart = start + 1;
        return s[start] == '-' ? -1 : 1;
    }

    private static bool TryReadUnsigned(string s, int start, out int end, out decimal value)
    {
        end = start;
        value = 0;
        if (start >= s.Length)
        {
            return false;
        }

        var i = start;
        var insideDottedRun = start >= 2 && s[start - 1] == '.' && IsDigit(s[start - 2]);
        if (s[i] == '.')
        {
            // ".5" is a number; the "." in "...9" or "2.2.2" is punctuation.
            var before = i > 0 ? s[i - 1] : ' ';
            if (before == '.' || IsDigit(before) || i + 1 >= s.Length || !IsDigit(s[i + 1]))
            {
                return false;
            }

            var fracEnd = SkipDigits(s, i + 1);
            end = fracEnd;
            value = Parse(s, i, fracEnd);
            return true;
        }

        if (!IsDigit(s[i]))
        {
            return false;
        }

        var digitsEnd = SkipDigits(s, i);
        var integerEnd = digitsEnd;
        if (digitsEnd - i <= 3)
        {
            integerEnd = SkipThousandsGroups(s, digitsEnd);
        }

        end = integerEnd;
        if (!insideDottedRun && end + 1 < s.Length && s[end] == '.' && IsDigit(s[end + 1]))
        {
            var fracEnd = SkipDigits(s, end + 1);
            var isDottedRun = fracEnd + 1 < s.Length && s[fracEnd] == '.' && IsDigit(s[fracEnd + 1]);
            if (!isDottedRun)
            {
                end = fracEnd;
            }
        }

        value = Parse(s, start, end);
        return true;
    }

    /// <summary>",ddd" groups, only when every group has exactly three digits ("1,050,000" but not "1, 234").</summary>
    private static int SkipThousandsGroups(string s, int i)
    {
        while (i + 3 < s.Length && s[i] == ',' && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) && IsDigit(s[i + 3])
               && (i + 4 >= s.Length || !IsDigit(s[i + 4])))
        {
            i += 4;
        }

        return i;
    }

    private static int SkipDigits(string s, int i)
    {
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    private static decimal Parse(string s, int start, int end)
    {
        Span<char> buffer = stackalloc char[Math.Min(end - start, 256)];
        var n = 0;
        for (var i = start; i < end && n < buffer.Length; i++)
        {
            if (s[i] != ',')
            {
                buffer[n++] = s[i];
            }
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : (decimal)double.Parse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>"^5", "^-1", "^--23": a power of the number read so far.</summary>
    private static bool TryReadPower(string s, int i, decimal baseValue, out int end, out decimal value)
    {
        end = i;
        value = baseValue;
        if (i >= s.Length || s[i] != '^')
        {
            return false;
        }

        var j = i + 1;
        var sign = 1;
        while (j < s.Length && (s[j] == '-' || s[j] == '+'))
        {
            if (s[j] == '-')
            {
                sign = -sign;
            }

            j++;
        }

        var digitsEnd = SkipDigits(s, j);
        if (digitsEnd == j)
        {
            return false;
        }

        var exponent = sign * (double)Parse(s, j, digitsEnd);
        var result = DecimalFormat.FromDouble(Math.Pow((double)baseValue, exponent));
        if (result is null)
        {
            return false;
        }

        end = digitsEnd;
        value = result.Value;
        return true;
    }

    /// <summary>"e5", "E-1", "x10^6": scientific notation.</summary>
    private static bool TryReadScientific(string s, int i, decimal mantissa, out int end, out decimal value)
    {
        end = i;
        value = mantissa;
        int j;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            j = i + 1;
        }
        else if (i + 4 < s.Length && s[i] == 'x' && s[i + 1] == '1' && s[i + 2] == '0' && s[i + 3] == '^')
        {
            j = i + 4;
        }
        else
        {
            return false;
        }

        var sign = 1;
        if (j < s.Length && (s[j] == '-' || s[j] == '+'))
        {
            sign = s[j] == '-' ? -1 : 1;
            j++;
        }

        var digitsEnd = SkipDigits(s, j);
        if (digitsEnd == j || (digitsEnd < s.Length && char.IsLetter(s[digitsEnd])))
        {
            return false;
        }

        var exponent = sign * (int)Math.Min(Parse(s, j, digitsEnd), 400);
        var result = DecimalFormat.FromDouble((double)mantissa * Math.Pow(10, exponent));
        if (result is null)
        {
            return false;
        }

        end = digitsEnd;
        value = result.Value;
        return true;
    }

    /// <summary>"/5" after an integer (3/5), or " 3/5" after a whole number (1 3/5).</summary>
    private static bool TryReadFractionTail(string s, int i, decimal whole, bool wholeIsInteger, out int end, out decimal value)
    {
        end = i;
        value = whole;
        if (!wholeIsInteger)
        {
            return false;
        }

        if (TryReadSlash(s, i, out var slashEnd, out var denominator))
        {
            end = slashEnd;
            value = whole / denominator;
            return true;
        }

        var j = i;
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        if (j == i || j - i > 2 || j >= s.Length || !IsDigit(s[j]))
        {
            return false;
        }

        var numeratorEnd = SkipDigits(s, j);
        if (!TryReadSlash(s, numeratorEnd, out var mixedEnd, out var mixedDenominator))
        {
            return false;
        }

        end = mixedEnd;
        var numerator = Parse(s, j, numeratorEnd);
        value = whole + (Math.Sign(whole) < 0 ? -1 : 1) * numerator / mixedDenominator;
        return true;
    }

    private static bool TryReadSlash(string s, int i, out int end, out decimal denominator)
    {
        end = i;
        denominator = 0;
        if (i + 1 >= s.Length || s[i] != '/' || !IsDigit(s[i + 1]))
        {
            return false;
        }

        var digitsEnd = SkipDigits(s, i + 1);

        // "5/17/2018" is a date, not a fraction.
        if (digitsEnd < s.Length && (s[digitsEnd] == '/' || s[digitsEnd] == '.' && digitsEnd + 1 < s.Length && IsDigit(s[digitsEnd + 1])))
        {
            return false;
        }

        denominator = Parse(s, i + 1, digitsEnd);
        if (denominator == 0)
        {
            return false;
        }

        end = digitsEnd;
        return true;
    }

    /// <summary>
    /// "10K", "1.2b", "-2.5 M", "1,674.5 G": a metric letter standing alone after the digits. A Chinese character may follow
    /// it ("4k块", "5k的红包"); another Latin letter may not ("5km").
    /// </summary>
    private static bool TryReadMetricSuffix(string s, int i, out int end, out decimal multiplier)
    {
        end = i;
        multiplier = 1;
        var j = i;
        if (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        if (j >= s.Length)
        {
            return false;
        }

        var letter = s[j];
        multiplier = letter switch
        {
            'k' or 'K' => 1_000m,
            'M' => 1_000_000m,
            'G' or 'B' or 'b' when j == i => 1_000_000_000m,
            'G' => 1_000_000_000m,
            _ => 0m,
        };
        if (multiplier == 0 || (j + 1 < s.Length && char.IsAsciiLetter(s[j + 1])))
        {
            multiplier = 1;
            return false;
        }

        end = j + 1;
        return true;
    }
}
