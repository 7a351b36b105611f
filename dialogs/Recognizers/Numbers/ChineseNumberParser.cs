namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// Parses one Chinese number at a given index of width-folded text: integers with units (三万五千, 两千五 = 2500,
/// 1万2 = 12000, 四万万), decimals (十五点七), fractions (五分之一, 3又一千分之23), signs (负), dozens (一打) and
/// approximations (十余万). Spaces between numeral tokens are allowed ("7 万5 千").
/// </summary>
internal static class ChineseNumberParser
{
    public static bool TryParse(string s, int start, out int end, out decimal value)
    {
        var i = start;
        var negative = false;
        if (i < s.Length && ChineseNumerals.IsNegative(s[i]))
        {
            negative = true;
            i++;
        }

        if (!TryParseMixed(s, i, out end, out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>A real number, optionally followed by a fraction: "X分之Y" (Y/X) or "W又X分之Y" (W + Y/X).</summary>
    private static bool TryParseMixed(string s, int start, out int end, out decimal value)
    {
        if (!TryParseReal(s, start, out end, out value))
        {
            return false;
        }

        if (TryParseFractionTail(s, end, value, out var fractionEnd, out var fraction))
        {
            end = fractionEnd;
            value = fraction;
            return true;
        }

        var j = SkipSpaces(s, end);
        if (j < s.Length && s[j] == '又')
        {
            var k = SkipSpaces(s, j + 1);
            if (TryParseReal(s, k, out var denominatorEnd, out var denominator)
                && TryParseFractionTail(s, denominatorEnd, denominator, out var mixedEnd, out var part))
            {
                end = mixedEnd;
                value = value < 0 ? value - part : value + part;
            }
        }

        return true;
    }

    private static bool TryParseFractionTail(string s, int start, decimal denominator, out int end, out decimal value)
    {
        end = start;
        value = 0;
        var j = SkipSpaces(s, start);
        if (denominator == 0 || j >= s.Length || s[j] != '分')
        {
            return false;
        }

        var k = SkipSpaces(s, j + 1);
        if (k >= s.Length || s[k] != '之')
        {
            return false;
        }

        var m = SkipSpaces(s, k + 1);
        var negative = m < s.Length && ChineseNumerals.IsNegative(s[m]);
        if (negative)
        {
            m++;
        }

        if (!TryParseReal(s, m, out var numeratorEnd, out var numerator))
        {
            return false;
        }

        end = numeratorEnd;
        value = (negative ? -numerator : numerator) / denominator;
        return true;
    }

    /// <summary>An integer, then an optional decimal part (点五), big units after it (三点五万) or a dozen (一打).</summary>
    private static bool TryParseReal(string s, int start, out int end, out decimal value)
    {
        if (!TryParseInteger(s, start, out end, out value))
        {
            return false;
        }

        var p = SkipSpaces(s, end);
        if (p + 1 < s.Length && ChineseNumerals.IsDecimalPoint(s[p]) && TryReadDecimalDigits(s, p + 1, out var fractionEnd, out var fraction))
        {
            value += fraction;
            end = fractionEnd;
            while (end < s.Length && ChineseNumerals.BigUnit(s[end]) > 0)
            {
                value *= ChineseNumerals.BigUnit(s[end]);
                end++;
            }
        }
        else if (end < s.Length && s[end] == '打')
        {
            value *= 12;
            end++;
        }

        return true;
    }

    private static bool TryReadDecimalDigits(string s, int start, out int end, out decimal fraction)
    {
        end = start;
        fraction = 0;
        var scale = 0.1m;
        while (end < s.Length)
        {
            var c = s[end];
            int digit;
            if (ArabicNumberReader.IsDigit(c))
            {
                digit = c - '0';
            }
            else if (!ChineseNumerals.IsCountingTwo(c) && ChineseNumerals.Digit(c) >= 0)
            {
                digit = ChineseNumerals.Digit(c);
            }
            else
            {
                break;
            }

            fraction += digit * scale;
            scale /= 10;
            end++;
        }

        return end > start;
    }

    /// <summary>
    /// Integers with units. Sections under a big unit are multiplied by it when the unit arrives; consecutive big
    /// units scale what came before (万亿 = 10¹², 四万万 = 4×10⁸). A lone digit right after a unit abbreviates the
    /// next lower unit: 两千五 = 2500, 九万四 = 94000, 1万2 = 12000 (but 一千零五 = 1005).
    /// </summary>
    private static bool TryParseInteger(string s, int start, out int end, out decimal value)
    {
        Span<decimal> stackValues = stackalloc decimal[8];
        Span<decimal> stackUnits = stackalloc decimal[8];
        var depth = 0;
        decimal segment = 0;
        decimal? pending = null;
        var pendingAbbreviates = false;
        var lastSmallUnit = 0;
        decimal lastUnit = 0;
        var zeroSinceUnit = false;
        var any = false;
        var committed = start;
        var i = start;

        while (true)
        {
            var p = committed > start ? SkipSpaces(s, i) : i;
            if (p >= s.Length)
            {
                break;
            }

            var c = s[p];
            var digit = ChineseNumerals.Digit(c);
            if (digit == 0)
            {
                if (pending is not null)
                {
                    break;
                }

                zeroSinceUnit = true;
                any = true;
                i = committed = p + 1;
                continue;
            }

            if (digit > 0)
            {
                if (pending is not null)
                {
                    break;
                }

                pending = digit;
                pendingAbbreviates = lastUnit > 0 && !zeroSinceUnit;
                any = true;
                i = committed = p + 1;
                continue;
            }

            if (ArabicNumberReader.IsDigit(c))
            {
                if (pending is not null || !ArabicNumberReader.TryReadPlain(s, p, out var arabicEnd, out var arabic))
                {
                    break;
                }

                pending = arabic;
                pendingAbbreviates = arabicEnd - p == 1 && lastUnit > 0 && !zeroSinceUnit;
                any = true;
                i = committed = arabicEnd;
                continue;
            }

            var smallUnit = ChineseNumerals.SmallUnit(c);
            if (smallUnit > 0)
            {
                if (lastSmallUnit != 0 && smallUnit >= lastSmallUnit)
                {
                    break;
                }

                segment += (pending ?? 1) * smallUnit;
                pending = null;
                lastSmallUnit = smallUnit;
                lastUnit = smallUnit;
                zeroSinceUnit = false;
                any = true;
                i = committed = p + 1;
                continue;
            }

            var bigUnit = ChineseNumerals.BigUnit(c);
            if (bigUnit > 0)
            {
                var section = segment + (pending ?? 0);
                if (section == 0)
                {
                    if (depth == 0 || stackUnits[depth - 1] > bigUnit || zeroSinceUnit)
                    {
                        break;
                    }

                    // 万亿, 万万: the big unit scales everything said so far.
                    var topUnit = stackUnits[depth - 1];
                    decimal scaled = 0;
                    while (depth > 0)
                    {
                        scaled += stackValues[--depth];
                    }

                    stackValues[depth] = scaled * bigUnit;
                    stackUnits[depth++] = topUnit * bigUnit;
                }
                else
                {
                    var sum = section;
                    while (depth > 0 && stackUnits[depth - 1] < bigUnit)
                    {
                        sum += stackValues[--depth];
                    }

                    if (depth >= stackValues.Length)
                    {
                        break;
                    }

                    stackValues[depth] = sum * bigUnit;
                    stackUnits[depth++] = bigUnit;
                }

                segment = 0;
                pending = null;
                lastSmallUnit = 0;
                lastUnit = bigUnit;
                zeroSinceUnit = false;
                any = true;
                i = committed = p + 1;
                continue;
            }

            if (any && ChineseNumerals.IsApproximation(c))
            {
                var q = SkipSpaces(s, p + 1);
                if (q < s.Length && ChineseNumerals.BigUnit(s[q]) > 0)
                {
                    i = q;
                    continue;
                }
            }

            break;
        }

        end = committed;
        value = 0;
        if (!any)
        {
            return false;
        }

        for (var k = 0; k < depth; k++)
        {
            value += stackValues[k];
        }

        value += segment;
        if (pending is { } last)
        {
            value += pendingAbbreviates && lastUnit >= 10 ? last * (lastUnit / 10) : last;
        }

        return true;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
