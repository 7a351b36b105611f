using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Negation governs what follows it in its clause, and only up to the next step of the story.</summary>
public class NegationScopeTests
{
    [Theory]
    [InlineData("红包到现在还没有人领，能退吗")]
    [InlineData("一个抢的人都没有")]
    [InlineData("对方迟迟未收款")]
    [InlineData("我那个表弟木有领")]
    [InlineData("he hasnt opened it")]
    [InlineData("nobody's claimed the packet yet")]
    [InlineData("my cousin didnt accept it yet")]
    [InlineData("she not receive yet")]
    public void TakenWord_UnderANegation_IsNotTaken(string text)
    {
        var reading = MessageReader.Read(text, Slot.RecipientAction);

        Assert.Equal(RecipientAction.NotAccepted, reading.RecipientAction);
    }

    [Theory]
    [InlineData("他一句话没说就收了")]
    [InlineData("不知道为什么 他点了收款")]
    [InlineData("he didnt say a word and took it")]
    public void Negation_BeforeAnEarlierStep_DoesNotReachTheTaking(string text)
    {
        var reading = MessageReader.Read(text, Slot.RecipientAction);

        Assert.Equal(RecipientAction.Accepted, reading.RecipientAction);
    }

    [Theory]
    [InlineData("商家东西不发，也还没退款", RecipientAction.Accepted)]
    [InlineData("他没收，也没退，就挂在那里", RecipientAction.NotAccepted)]
    [InlineData("they havent refunded me", RecipientAction.Accepted)]
    [InlineData("it wasnt accepted and it wasnt returned either", RecipientAction.NotAccepted)]
    public void NotReturned_MeansTheyStillHaveIt_UnlessItWasNeverTaken(string text, RecipientAction expected)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(expected, reading.RecipientAction);
    }

    [Theory]
    [InlineData("不是被骗，是我自己手抖点错了", Reason.Mistake)]
    [InlineData("这不是转错，我是被人骗了", Reason.Fraud)]
    [InlineData("not a scam honestly, I typed an extra zero", Reason.Mistake)]
    [InlineData("it wasnt a mistake, the guy tricked me", Reason.Fraud)]
    public void NegatedReason_GivesWayToTheAffirmedOne(string text, Reason expected)
    {
        var reading = MessageReader.Read(text, Slot.Reason);

        Assert.Equal(expected, reading.Reason);
    }

    [Theory]
    [InlineData("不是红包，是转账", PaymentKind.Transfer)]
    [InlineData("it wasnt a red packet, a plain transfer", PaymentKind.Transfer)]
    [InlineData("red packet to one person, not the group", PaymentKind.RedPacket)]
    public void NegatedKind_GivesWayToTheAffirmedOne(string text, PaymentKind expected)
    {
        var reading = MessageReader.Read(text, Slot.Kind);

        Assert.Equal(expected, reading.Kind);
    }

    [Fact]
    public void NegatedVerb_DoesNotNegateTheKindNamedAfterIt()
    {
        var reading = MessageReader.Read("My aunt still hasn't accepted the transfer I sent by mistake");

        Assert.Equal(PaymentKind.Transfer, reading.Kind);
        Assert.Equal(RecipientAction.NotAccepted, reading.RecipientAction);
    }
}
