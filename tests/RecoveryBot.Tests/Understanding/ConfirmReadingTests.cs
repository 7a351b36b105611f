using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Yes, no and corrections at the summary.</summary>
public class ConfirmReadingTests
{
    [Theory]
    [InlineData("没错没错")]
    [InlineData("没问题，就是这样")]
    [InlineData("没毛病")]
    [InlineData("对头")]
    [InlineData("yep thats it")]
    [InlineData("👍")]
    public void AffirmationHoldingANegation_IsYes(string text)
    {
        var reading = MessageReader.Read(text, Slot.Confirm);

        Assert.True(reading.Confirm);
    }

    [Theory]
    [InlineData("不对")]
    [InlineData("不太对")]
    [InlineData("nah")]
    [InlineData("not quite")]
    public void PlainNo_IsNo(string text)
    {
        var reading = MessageReader.Read(text, Slot.Confirm);

        Assert.False(reading.Confirm);
    }

    [Fact]
    public void YesThatGoesOnToCorrect_IsNoWithTheCorrection()
    {
        var reading = MessageReader.Read("对，不过钱是5000，不是500", Slot.Confirm);

        Assert.False(reading.Confirm);
        Assert.Equal(5000m, reading.Amount?.Value);
    }

    [Fact]
    public void CorrectionWithoutYesOrNo_IsNoWithTheCorrectedSlot()
    {
        var reading = MessageReader.Read("类型不对，发的是红包", Slot.Confirm);

        Assert.False(reading.Confirm);
        Assert.Equal(PaymentKind.RedPacket, reading.Kind);
    }

    [Fact]
    public void YesWithNewsAboutTheRecipient_IsYesWithTheNews()
    {
        var reading = MessageReader.Read("yes, and she blocked me an hour ago", Slot.Confirm);

        Assert.True(reading.Confirm);
        Assert.Equal(RecipientAction.Blocked, reading.RecipientAction);
    }

    [Fact]
    public void StatementStartingWithANegation_IsNotANo()
    {
        var reading = MessageReader.Read("还没人领呢", Slot.Confirm);

        Assert.Null(reading.Confirm);
        Assert.Equal(RecipientAction.NotAccepted, reading.RecipientAction);
    }
}
