using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>A message that gives a secret is not read; one that only talks about it is.</summary>
public class SecretOfferTests
{
    [Theory]
    [InlineData("验证码是 590217")]
    [InlineData("我的密码是qwe123")]
    [InlineData("my code is 0427")]
    public void GivenSecret_IsNotRead(string text)
    {
        var reading = MessageReader.Read(text, Slot.Amount);

        Assert.True(reading.OffersSecret);
        Assert.Null(reading.Amount);
    }

    [Theory]
    [InlineData("转到银行卡 卡号是我自己抄的 抄错了一位 一万五", PaymentKind.BankCard)]
    [InlineData("the card number is what I got wrong, a bank card transfer of 7000", PaymentKind.BankCard)]
    public void TalkAboutASecret_IsReadAsUsual(string text, PaymentKind kind)
    {
        var reading = MessageReader.Read(text);

        Assert.False(reading.OffersSecret);
        Assert.Equal(kind, reading.Kind);
    }
}
