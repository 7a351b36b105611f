using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Which figure of a message is the amount, as the conversation reads it.</summary>
public class AmountReadingTests
{
    [Theory]
    [InlineData("转账转错人了 1680 对方还没收", 1680)]
    [InlineData("wrong contact, transfer, 2400, not accepted yet", 2400)]
    [InlineData("发红包发错群了，520块全被抢了", 520)]
    [InlineData("说是会员费，让我交了三百六", 360)]
    [InlineData("my landlord's wife got a 2800 transfer meant for him", 2800)]
    [InlineData("I put in 15,000 on their app and now it won't let me withdraw", 15000)]
    public void FigureOfTheStory_IsTheAmount(string text, int amount)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(amount, reading.Amount?.Value);
    }

    [Theory]
    [InlineData("扫码付了四百 回头一看价钱不对", 400)]
    [InlineData("给他发了八十八 人家秒收了", 88)]
    [InlineData("转了1500 下午才发现转错", 1500)]
    [InlineData("交了两千 个人信息也都给他了", 2000)]
    public void SpaceAfterAFigure_EndsTheClauseSoTheNextWordIsNoMeasureWord(string text, int amount)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(amount, reading.Amount?.Value);
    }

    [Theory]
    [InlineData("我转给一个网友6000说是帮他交学费", 6000)]
    [InlineData("给两个客户各退了 其实是付给一位师傅800", 800)]
    public void NumeralCountingWhoWasPaid_DoesNotTakeTheVerbsNumber(string text, int amount)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(amount, reading.Amount?.Value);
    }

    [Fact]
    public void MeasureWordRightAfterAFigure_StillCountsThings()
    {
        var reading = MessageReader.Read("一共转了3次，每次500");

        Assert.Equal(1500, reading.Amount?.Value);
    }

    [Theory]
    [InlineData("前前后后转了五万多")]
    [InlineData("几百块吧，记不清了")]
    [InlineData("一千出头")]
    [InlineData("over 300, not sure exactly")]
    public void VagueFigure_IsAskedAboutNotTaken(string text)
    {
        var reading = MessageReader.Read(text, Slot.Amount);

        Assert.Null(reading.Amount);
    }

    [Theory]
    [InlineData("他给我发了张二维码，我扫了就付了")]
    [InlineData("退是退了，可只退了一半")]
    [InlineData("the normal one, in the chat")]
    public void WordHoldingANumeral_IsNoAmount(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Null(reading.Amount);
    }

    [Fact]
    public void SmallFigureInAnEnglishStory_IsNotTakenForTheAmount()
    {
        var reading = MessageReader.Read("my grandma, who is 81, got a call from fake police");

        Assert.Null(reading.Amount);
    }
}
