using System.Text;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>Writes whole numbers below 100 million in Chinese numerals, the way people type them (两千零五十, 一万二千三百).</summary>
internal static class ChineseNumeralWriter
{
    private const string Digits = "零一二三四五六七八九";

    /// <param name="liang">Write 2 as 两 before 百/千/万 (两千), as most people do; otherwise 二.</param>
    public static string Write(long value, bool liang)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, 100_000_000);
        if (value == 0)
        {
            return "零";
        }

        var text = new StringBuilder();
        if (value >= 10_000)
        {
            var tenThousands = (int)(value / 10_000);
            text.Append(tenThousands == 2 && liang ? "两" : WriteBelowTenThousand(tenThousands, liang, leadingTen: true)).Append('万');
            var rest = (int)(value % 10_000);
            if (rest > 0)
            {
                text.Append(rest < 1000 ? "零" : string.Empty).Append(WriteBelowTenThousand(rest, liang, leadingTen: false));
            }

            return text.ToString();
        }

        return WriteBelowTenThousand((int)value, liang, leadingTen: true);
    }

    private static string WriteBelowTenThousand(int value, bool liang, bool leadingTen)
    {
        var text = new StringBuilder();
        var units = new[] { (1000, '千'), (100, '百'), (10, '十') };
        var pendingZero = false;
        foreach (var (size, unit) in units)
        {
            var digit = value / size % 10;
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                text.Append('零');
                pendingZero = false;
            }

            // "十五" rather than "一十五" when ten leads the number.
            if (!(size == 10 && digit == 1 && text.Length == 0 && leadingTen))
            {
                text.Append(digit == 2 && liang && size >= 100 ? '两' : Digits[digit]);
            }

            text.Append(unit);
        }

        var ones = value % 10;
        if (ones > 0)
        {
            if (pendingZero)
            {
                text.Append('零');
            }

            text.Append(Digits[ones]);
        }

        return text.ToString();
    }
}
