using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Phone numbers, card numbers and codes are never an amount, not even when the bot asked how much.</summary>
public class SecretDigitsTests
{
    [Theory]
    [InlineData("15912345678")]
    [InlineData("他的手机号是 159 1234 5678")]
    [InlineData("对方号码186-0000-1234")]
    [InlineData("+86 177 2345 6789")]
    [InlineData("008613698765432")]
    [InlineData("卡号 6217 0000 1111 2222 333")]
    [InlineData("6228480402564890018")]
    public void PhoneOrCardNumber_IsNotAnAmount(string text)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference, amountExpected: true);

        Assert.Null(situation.Amount);
    }

    [Theory]
    [InlineData("验证码是 672913")]
    [InlineData("短信码：0815")]
    [InlineData("code 0427")]
    [InlineData("my OTP is 99120034")]
    [InlineData("483920")]
    [InlineData("0913")]
    [InlineData(" 2745618 ")]
    public void VerificationCode_IsNotAnAmount(string text)
    {
        var culture = text.Any(c => c > 0x2E80) ? RecognizerCulture.Chinese : RecognizerCulture.English;

        var situation = SituationExtractor.Extract(text, culture, Reference, amountExpected: true);

        Assert.Null(situation.Amount);
    }

    [Theory]
    [InlineData("5000", 5000)]
    [InlineData("12000", 12000)]
    [InlineData("1999", 1999)]
    [InlineData("150000", 150000)]
    [InlineData("23456", 23456)]
    public void RoundOrShortBareNumber_AnswersHowMuch(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference, amountExpected: true);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Theory]
    [InlineData("给13912345678转了800", 800)]
    [InlineData("收款人电话 137 0000 8888，金额2600", 2600)]
    [InlineData("验证码 552301 我没给，但之前已经转了900", 900)]
    [InlineData("我转了128888元", 128888)]
    public void AmountBesideASecret_IsStillRead(string text, decimal expected)
    {
        var situation = SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference);

        Assert.Equal(new Money(expected, "CNY"), situation.Amount);
    }

    [Fact]
    public void PhoneNumber_IsNotATime()
    {
        Assert.Null(SituationExtractor.Extract("打了13512345678也没人接", RecognizerCulture.Chinese, Reference).SentAt);
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("+86-138-1234-5678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    public void PhoneNumberRule_NeedsElevenDigitsStartingWithAMobilePrefix(string text, bool expected)
    {
        Assert.Equal(expected, SecretDigits.HasPhoneNumber(text));
    }

    [Theory]
    [InlineData("验证码 384920", true)]
    [InlineData("the code is 0427", true)]
    [InlineData("483920", true)]
    [InlineData("0050", true)]
    [InlineData("5000", false)]
    [InlineData("120000", false)]
    [InlineData("支付密码忘了，转了5000", false)]
    [InlineData("密码忘了就转了5000", false)]
    [InlineData("the code they texted me is 551093", true)]
    [InlineData("收到的验证码刚刚是 284617", true)]
    [InlineData("转了483920元", false)]
    public void VerificationCodeRule_NamedOrRandomLookingAlone(string text, bool expected)
    {
        Assert.Equal(expected, SecretDigits.HasVerificationCode(text));
    }
}
