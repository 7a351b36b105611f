using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Of the amount the user meant and the amount that left, the bot keeps the second, whatever the order.</summary>
public class IntendedAmountTests
{
    [Theory]
    [InlineData("本来要付80，结果按成了800", 800)]
    [InlineData("原本打算转300，手滑打成3000", 3000)]
    [InlineData("不是50是500，我多按了个0", 500)]
    [InlineData("金额不是120，而是1200", 1200)]
    [InlineData("输了9000而不是900", 9000)]
    [InlineData("我本想给他66，手一抖输成了666", 666)]
    [InlineData("原来打算转88，手一滑按成了888", 888)]
    public void ChineseCorrection_KeepsWhatLeft(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Theory]
    [InlineData("I keyed in 7000 rather than 700", 7000)]
    [InlineData("accidentally put 450 instead of 45", 450)]
    [InlineData("it was not 200 but 2000 that went out", 2000)]
    [InlineData("instead of 90 I sent 900", 900)]
    [InlineData("I was going to send 30 but ended up sending 300", 300)]
    public void EnglishCorrection_KeepsWhatLeft(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.English, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Fact]
    public void CountOfThingsInTheFrame_IsNotTheAmount()
    {
        var situation = SituationExtractor.Extract("本来想转500，结果他说收到了2个", RecognizerCulture.Chinese, Reference);

        Assert.Equal(new Money(500m, "CNY"), situation.Amount);
    }
}
