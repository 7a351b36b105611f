using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// What going to court would cost for a claim, from knowledge/fees.yaml: the filing fee, the same under
/// simplified procedure and small claims, the preservation fee, and the security a freeze needs.
/// </summary>
public sealed record CourtCostEstimate(
    decimal Claim,
    decimal FilingFee,
    decimal FilingFeeSimplified,
    decimal FilingFeeSmallClaims,
    decimal PreservationFee,
    decimal PreSuitSecurity,
    decimal InSuitSecurityMax)
{
    public static CourtCostEstimate For(CourtFees fees, decimal claim)
    {
        ArgumentNullException.ThrowIfNull(fees);
        var filing = FeeCalculator.Compute(fees.FilingFee, claim);
        return new CourtCostEstimate(
            claim,
            filing,
            FeeCalculator.Share(filing, fees.SimplifiedProcedure),
            FeeCalculator.Share(filing, fees.SmallClaims),
            FeeCalculator.Compute(fees.PreservationFee, claim),
            FeeCalculator.Share(claim, fees.PreSuitSecurity),
            FeeCalculator.Share(claim, fees.InSuitSecurityMax));
    }
}
