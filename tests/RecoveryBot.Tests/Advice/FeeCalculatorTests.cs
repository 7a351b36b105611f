using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Tests.Knowledge;

namespace RecoveryBot.Tests.Advice;

/// <summary>
/// The fee calculator with the schedules of knowledge/fees.yaml against 《诉讼费用交纳办法》. Expected
/// values are worked out by hand from the statute, band by band, including the band edges.
/// </summary>
public class FeeCalculatorTests
{
    /// <summary>
    /// Art. 13(1): ≤1万 50; 1万–10万 2.5%; 10万–20万 2%; 20万–50万 1.5%; 50万–100万 1%; 100万–200万 0.9%;
    /// 200万–500万 0.8%; 500万–1000万 0.7%; 1000万–2000万 0.6%; above 2000万 0.5%; added up part by part.
    /// Sums at the band tops: 50; 50+2250=2300; 2300+2000=4300; 4300+4500=8800; 8800+5000=13800;
    /// 13800+9000=22800; 22800+24000=46800; 46800+35000=81800; 81800+60000=141800.
    /// </summary>
    [Theory]
    [InlineData("0.01", "50")]
    [InlineData("1", "50")]
    [InlineData("200", "50")]
    [InlineData("5000", "50")]
    [InlineData("10000", "50")]
    [InlineData("10000.01", "50")]          // 50 + 0.01 × 2.5% = 50.00025 → 50.00
    [InlineData("10001", "50.03")]          // 50 + 1 × 2.5% = 50.025 → 50.03 (half away from zero)
    [InlineData("12000", "100")]            // 50 + 2,000 × 2.5%
    [InlineData("12345.67", "108.64")]      // 50 + 2,345.67 × 2.5% = 108.64175
    [InlineData("20000", "300")]            // 50 + 10,000 × 2.5%
    [InlineData("50000", "1050")]           // 50 + 40,000 × 2.5%
    [InlineData("100000", "2300")]          // top of band 2
    [InlineData("100001", "2300.02")]       // + 1 × 2%
    [InlineData("150000", "3300")]          // 2,300 + 50,000 × 2%
    [InlineData("200000", "4300")]          // top of band 3
    [InlineData("300000", "5800")]          // 4,300 + 100,000 × 1.5%
    [InlineData("500000", "8800")]          // top of band 4
    [InlineData("500001", "8800.01")]       // + 1 × 1%
    [InlineData("1000000", "13800")]        // top of band 5
    [InlineData("1500000", "18300")]        // 13,800 + 500,000 × 0.9%
    [InlineData("2000000", "22800")]        // top of band 6
    [InlineData("3000000", "30800")]        // 22,800 + 1,000,000 × 0.8%
    [InlineData("5000000", "46800")]        // top of band 7
    [InlineData("8000000", "67800")]        // 46,800 + 3,000,000 × 0.7%
    [InlineData("10000000", "81800")]       // top of band 8
    [InlineData("15000000", "111800")]      // 81,800 + 5,000,000 × 0.6%
    [InlineData("20000000", "141800")]      // top of band 9
    [InlineData("20000001", "141800.01")]   // + 1 × 0.5% = 0.005 → 0.01
    [InlineData("30000000", "191800")]      // 141,800 + 10,000,000 × 0.5%
    public void FilingFee_FollowsArticle13(string claim, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeeCalculator.Compute(RealKnowledge.Base.Fees.FilingFee, Amount(claim)));

    /// <summary>
    /// Art. 14(2): ≤1000 30; 1000–10万 1%; above 10万 0.5%; at most 5000. Top of band 2: 30 + 990 = 1,020;
    /// the cap is reached at 1,020 + (x − 100,000) × 0.5% = 5,000, that is x = 896,000.
    /// </summary>
    [Theory]
    [InlineData("1", "30")]
    [InlineData("1000", "30")]
    [InlineData("1001", "30.01")]
    [InlineData("3000", "50")]              // 30 + 2,000 × 1%
    [InlineData("5000", "70")]
    [InlineData("12000", "140")]            // 30 + 11,000 × 1%
    [InlineData("100000", "1020")]          // top of band 2
    [InlineData("100001", "1020.01")]       // + 1 × 0.5% = 0.005 → 0.01
    [InlineData("500000", "3020")]          // 1,020 + 400,000 × 0.5%
    [InlineData("895000", "4995")]          // 1,020 + 795,000 × 0.5%, just under the cap
    [InlineData("896000", "5000")]          // exactly the cap
    [InlineData("1000000", "5000")]         // capped
    [InlineData("50000000", "5000")]        // capped
    public void PreservationFee_FollowsArticle14WithItsCap(string claim, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeeCalculator.Compute(RealKnowledge.Base.Fees.PreservationFee, Amount(claim)));

    [Theory]
    [InlineData("5000", "50", "25")]        // I4's examples: 5,000 → 50 (25)
    [InlineData("20000", "300", "150")]     // 20,000 → 300 (150)
    [InlineData("100000", "2300", "1150")]  // 100,000 → 2,300 (1,150)
    [InlineData("12345.67", "108.64", "54.32")]
    public void Estimate_HalvesTheFilingFeeUnderSimplifiedProcedure(string claim, string fee, string halved)
    {
        var estimate = CourtCostEstimate.For(RealKnowledge.Base.Fees, Amount(claim));

        Assert.Equal(Amount(fee), estimate.FilingFee);
        Assert.Equal(Amount(halved), estimate.FilingFeeSimplified);
        Assert.Equal(Amount(halved), estimate.FilingFeeSmallClaims);
    }

    [Fact]
    public void Estimate_SecurityIsTheWholeClaimBeforeSuitAndAtMostThirtyPercentDuring()
    {
        var estimate = CourtCostEstimate.For(RealKnowledge.Base.Fees, 12000m);

        Assert.Equal(12000m, estimate.PreSuitSecurity);
        Assert.Equal(3600m, estimate.InSuitSecurityMax);
        Assert.Equal(140m, estimate.PreservationFee);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Compute_RejectsAnAmountThatIsNotPositive(string claim) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeCalculator.Compute(RealKnowledge.Base.Fees.FilingFee, Amount(claim)));

    [Fact]
    public void Schedules_CiteTheirFactsAndArticles()
    {
        var fees = RealKnowledge.Base.Fees;

        Assert.Contains("I4", fees.FilingFee.Provenance.Facts);
        Assert.Contains("第十三条", fees.FilingFee.Provenance.Article, StringComparison.Ordinal);
        Assert.Contains("I5", fees.PreservationFee.Provenance.Facts);
        Assert.Contains("第十四条", fees.PreservationFee.Provenance.Article, StringComparison.Ordinal);
        Assert.Equal(10, fees.FilingFee.Bands.Count);
        Assert.Equal(5000m, fees.PreservationFee.Cap);
    }

    private static decimal Amount(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
