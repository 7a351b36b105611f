using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// Applies a fee schedule of knowledge/fees.yaml to an amount: bands are added up part by part
/// (分段累计, 《诉讼费用交纳办法》 Art. 13), a fixed first band is the minimum fee, a cap limits the total.
/// </summary>
public static class FeeCalculator
{
    /// <summary>The fee in yuan, rounded to the fen (half away from zero), for a positive amount.</summary>
    public static decimal Compute(FeeSchedule schedule, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);

        var total = 0m;
        var lower = 0m;
        foreach (var band in schedule.Bands)
        {
            if (band.Fixed is { } fixedFee)
            {
                total += fixedFee;
            }
            else if (band.Rate is { } rate)
            {
                var upper = band.UpTo is { } top ? Math.Min(amount, top) : amount;
                if (upper > lower)
                {
                    total += (upper - lower) * rate;
                }
            }

            if (band.UpTo is not { } bandTop || amount <= bandTop)
            {
                break;
            }

            lower = bandTop;
        }

        if (schedule.Cap is { } cap && total > cap)
        {
            total = cap;
        }

        return Money(total);
    }

    /// <summary>A share of an amount (a halved fee, a security ratio), rounded to the fen.</summary>
    public static decimal Share(decimal amount, FeeShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return Money(amount * share.Value);
    }

    private static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
