using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Chat shorthand for thousands and ten-thousands: k/K, w/W (万), 千 with a trailing digit.</summary>
public class AmountShorthandTests
{
    [Theory]
    [InlineData("上周给那个卖家付了4k块", 4000)]
    [InlineData("被骗了2.5K元，怎么办", 2500)]
    [InlineData("我转了1.5w给他", 15000)]
    [InlineData("前后一共被骗走3W块", 30000)]
    [InlineData("给对方转了 2w", 20000)]
    [InlineData("发了个5k的红包", 5000)]
    [InlineData("转了3千5过去", 3500)]
    public void ChineseShorthand_ScalesTheDigits(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Theory]
    [InlineData("I sent him 4k by mistake", 4000)]
    [InlineData("they took 2.5k rmb from me", 2500)]
    [InlineData("lost 5K yuan to a fake seller", 5000)]
    public void EnglishShorthand_ScalesTheDigits(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.English, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Fact]
    public void ShorthandAlone_AnswersHowMuch()
    {
        var situation = SituationExtractor.Extract("1.2w", RecognizerCulture.Chinese, Reference, amountExpected: true);

        Assert.Equal(new Money(12000m, "CNY"), situation.Amount);
    }

    [Fact]
    public void RoughTenThousands_KeepTheStatedValue()
    {
        var situation = SituationExtractor.Extract("前后转了两万出头", RecognizerCulture.Chinese, Reference);

        Assert.Equal(new Money(20000m, "CNY"), situation.Amount);
    }

    [Theory]
    [InlineData("我家的5wifi密码忘了")]
    [InlineData("跑了5km才到银行")]
    public void LetterThatStartsAWord_IsNotAMultiplier(string text)
    {
        var numbers = Recognizer.RecognizeNumber(text, RecognizerCulture.Chinese);

        Assert.DoesNotContain(numbers, n => Value(n) >= 1000);
    }
}
