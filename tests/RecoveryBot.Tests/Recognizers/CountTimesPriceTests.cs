using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>A count of payments and the price of each make one amount; a count alone is none.</summary>
public class CountTimesPriceTests
{
    [Theory]
    [InlineData("扫了两回码，每回付了88", 176)]
    [InlineData("一共转了四笔，每笔250块", 1000)]
    [InlineData("每次300，我前后付了3次", 900)]
    [InlineData("发了3个红包，每个66", 198)]
    [InlineData("被他骗着充了5次，各200元", 1000)]
    public void ChineseCountAndPriceOfEach_Multiply(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Theory]
    [InlineData("I paid him twice, 150 each", 300)]
    [InlineData("made four transfers of 250 yuan each", 1000)]
    [InlineData("the seller had me pay 2 times at 99 apiece", 198)]
    [InlineData("sent 3 red packets, each 20 yuan", 60)]
    public void EnglishCountAndPriceOfEach_Multiply(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.English, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Theory]
    [InlineData("我付了两次", RecognizerCulture.Chinese)]
    [InlineData("他让我转了三笔", RecognizerCulture.Chinese)]
    [InlineData("I paid 3 times already", RecognizerCulture.English)]
    [InlineData("sent 2 transfers to the wrong person", RecognizerCulture.English)]
    public void CountAlone_IsNoAmount(string text, string culture)
    {
        Assert.Null(SituationExtractor.Extract(text, culture, Reference).Amount);
    }

    [Theory]
    [InlineData("便利店重复扣款了，扣了两次，每次45元", RecognizerCulture.Chinese, 45)]
    [InlineData("超市扣了我三次钱，每次30", RecognizerCulture.Chinese, 60)]
    [InlineData("the cafe charged me twice, 38 yuan each", RecognizerCulture.English, 38)]
    [InlineData("I got a duplicate payment, 2 times at 75 each", RecognizerCulture.English, 75)]
    public void RepeatedCharge_CostsOnlyTheExtraCharges(string text, string culture, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, culture, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Fact]
    public void PriceWithoutACount_StaysThePrice()
    {
        var situation = SituationExtractor.Extract("每次都是转199给他", RecognizerCulture.Chinese, Reference);

        Assert.Equal(new Money(199m, "CNY"), situation.Amount);
    }
}
