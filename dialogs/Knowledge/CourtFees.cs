namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One band of a fee schedule: a <see cref="Fixed"/> fee for amounts up to <see cref="UpTo"/>, or a
/// <see cref="Rate"/> on the part of the amount inside the band. The last band has no upper end.
/// </summary>
public sealed record FeeBand(decimal? UpTo, decimal? Fixed, decimal? Rate);

/// <summary>A fee schedule whose bands are added up part by part (分段累计), optionally capped.</summary>
public sealed record FeeSchedule(IReadOnlyList<FeeBand> Bands, decimal? Cap, Provenance Provenance);

/// <summary>A share of an amount or a fee (a reduction factor, a security ratio), with its provenance.</summary>
public sealed record FeeShare(decimal Value, Provenance Provenance);

/// <summary>
/// knowledge/fees.yaml: the court costs of 《诉讼费用交纳办法》 and the security rules of property
/// preservation, as data, so a change in the law is a change of the file.
/// </summary>
public sealed record CourtFees(
    FeeSchedule FilingFee,
    FeeSchedule PreservationFee,
    FeeShare SimplifiedProcedure,
    FeeShare SmallClaims,
    FeeShare PreSuitSecurity,
    FeeShare InSuitSecurityMax)
{
    public IEnumerable<Provenance> AllProvenance =>
    [
        FilingFee.Provenance, PreservationFee.Provenance, SimplifiedProcedure.Provenance,
        SmallClaims.Provenance, PreSuitSecurity.Provenance, InSuitSecurityMax.Provenance,
    ];
}
