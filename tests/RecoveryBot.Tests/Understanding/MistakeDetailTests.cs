using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>
/// Which law fits depends on the kind of mistake: the wrong person and an overpaid debt are 不当得利, only a present of
/// the wrong amount is 重大误解. The bot never asks; it reads what people volunteer.
/// </summary>
public class MistakeDetailTests
{
    [Theory]
    [InlineData("上个月交房租，本来3000，手一抖多打了个0，转了30000过去")]
    [InlineData("欠师傅800块工钱，结果转多了，转成了8000")]
    [InlineData("付货款的时候金额输错了，应该付1200，付了12000")]
    [InlineData("I overpaid my landlord, the rent is 1000 but I sent 10000")]
    [InlineData("paid the plumber's bill with an extra zero on it")]
    public void WrongAmountForSomethingOwed_IsAnOverpayment(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(MistakeDetail.Overpayment, reading.Mistake);
    }

    [Theory]
    [InlineData("给侄女发压岁钱，多打了一个零，转了2000")]
    [InlineData("朋友结婚随份子，金额填错了，多给了5000")]
    [InlineData("wanted to send my niece a birthday gift of 500 but typed the amount wrong and sent 5000")]
    public void WrongAmountOfAPresent_IsAGiftOfTheWrongAmount(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(MistakeDetail.GiftAmount, reading.Mistake);
    }

    [Fact]
    public void WrongAmountInARedPacket_IsPresumedAGift()
    {
        var reading = MessageReader.Read("刚才发红包多按了一个零，发了200");

        Assert.Equal(MistakeDetail.GiftAmount, reading.Mistake);
    }

    [Theory]
    [InlineData("转账的时候点错人了，转给了一个同名的")]
    [InlineData("钱转给了一个不认识的人")]
    [InlineData("I sent 2000 to the wrong person, someone with the same name as my brother")]
    public void MoneyToSomeoneElse_IsAWrongRecipient(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(MistakeDetail.WrongRecipient, reading.Mistake);
    }

    [Theory]
    [InlineData("不是转错人，是金额输错了，转了5000")]
    [InlineData("没有转错人，就是多转了")]
    public void DeniedWrongRecipient_LeavesTheWrongAmount(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(MistakeDetail.WrongAmount, reading.Mistake);
    }

    [Theory]
    [InlineData("昨晚给朋友转错了500块，他还没收")]
    [InlineData("I made a mistake with a transfer yesterday")]
    public void PlainMistake_SaysNothingOfItsKind(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Null(reading.Mistake);
    }
}
