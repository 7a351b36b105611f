using System.Globalization;

namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>Writes numbers the way the resolution carries them: invariant, no exponent, no trailing zeros.</summary>
internal static class DecimalFormat
{
    public static string Invariant(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Converts a double result (powers, exponents) to decimal, or null when it does not fit.</summary>
    public static decimal? FromDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e28)
        {
            return null;
        }

        return (decimal)value;
    }
}
