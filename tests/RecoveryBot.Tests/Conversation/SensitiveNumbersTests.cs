using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// The detectors behind the secrets warning. Rule for a message that is only digits: a code if it starts with 0 or
/// has 6-8 digits and is not a multiple of 100; otherwise (short or round) it may be an amount.
/// </summary>
public class SensitiveNumbersTests
{
    [Theory]
    [InlineData("验证码 384920")]
    [InlineData("校验码是0815")]
    [InlineData("刚收到的动态码：66120934")]
    [InlineData("code 0427")]
    [InlineData("The verification code is 915530")]
    [InlineData("483920")]
    [InlineData("0427")]
    [InlineData("１２３４５６７")]
    public void PastedCode_LooksLikeAVerificationCode(string text)
    {
        Assert.True(SensitiveNumbers.LooksLikeVerificationCode(text));
    }

    [Theory]
    [InlineData("5000")]
    [InlineData("12000")]
    [InlineData("2999")]
    [InlineData("300000")]
    [InlineData("我转了483920元")]
    [InlineData("验证码我没给任何人")]
    [InlineData("code review took 3 days")]
    public void AmountOrMentionOfACode_IsNotAVerificationCode(string text)
    {
        Assert.False(SensitiveNumbers.LooksLikeVerificationCode(text));
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("对方手机 199 8765 4321")]
    [InlineData("call +86 150-1111-2222")]
    [InlineData("0086 18600001111")]
    public void MobileNumber_LooksLikeAPhoneNumber(string text)
    {
        Assert.True(SensitiveNumbers.LooksLikePhoneNumber(text));
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("138123456")]
    [InlineData("6222021234567890123")]
    [InlineData("转了13800块")]
    public void OtherDigits_DoNotLookLikeAPhoneNumber(string text)
    {
        Assert.False(SensitiveNumbers.LooksLikePhoneNumber(text));
    }

    [Theory]
    [InlineData("6222 0212 3456 7890", true)]
    [InlineData("6228480402564890018", true)]
    [InlineData("13812345678", false)]
    public void CardNumber_IsSixteenToNineteenDigits(string text, bool expected)
    {
        Assert.Equal(expected, SensitiveNumbers.LooksLikeCardNumber(text));
    }
}
