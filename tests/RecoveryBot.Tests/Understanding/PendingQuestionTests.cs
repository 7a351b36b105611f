using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>
/// An answer is read against the question asked: a hint counts for that question only, and another slot changes
/// only when the answer names it plainly.
/// </summary>
public class PendingQuestionTests
{
    [Theory]
    [InlineData("不清楚")]
    [InlineData("说不好")]
    [InlineData("no idea tbh")]
    public void Doubt_AnswersTheRecipientQuestion(string text)
    {
        var reading = MessageReader.Read(text, Slot.RecipientAction);

        Assert.Equal(RecipientAction.Unknown, reading.RecipientAction);
    }

    [Theory]
    [InlineData("不清楚", Slot.Amount)]
    [InlineData("不确定 大概晚上吧", Slot.SentAt)]
    [InlineData("not sure", Slot.Confirm)]
    [InlineData("no idea, maybe a transfer?", Slot.Kind)]
    public void Doubt_ToAnotherQuestion_SaysNothingAboutTheRecipient(string text, Slot expecting)
    {
        var reading = MessageReader.Read(text, expecting);

        Assert.Null(reading.RecipientAction);
    }

    [Theory]
    [InlineData("转了2000 他收了", Slot.Amount)]
    [InlineData("手滑转错了呗", Slot.Reason)]
    public void TransferVerb_InAnAnswerToAnotherQuestion_DoesNotSetTheKind(string text, Slot expecting)
    {
        var reading = MessageReader.Read(text, expecting);

        Assert.Null(reading.Kind);
    }

    [Theory]
    [InlineData("红包让人领走三个了，剩下的还没人抢")]
    [InlineData("the red packet? two people grabbed some already")]
    public void RedPacketMentioned_InTheRecipientAnswer_DoesNotChangeTheKind(string text)
    {
        var reading = MessageReader.Read(text, Slot.RecipientAction);

        Assert.Null(reading.Kind);
        Assert.Equal(RecipientAction.Accepted, reading.RecipientAction);
    }

    [Fact]
    public void RecipientAnswer_ThatNamesATransferPlainly_DoesSetTheKind()
    {
        var reading = MessageReader.Read("聊天里那笔转账已经显示被退还了", Slot.RecipientAction);

        Assert.Equal(PaymentKind.Transfer, reading.Kind);
        Assert.Equal(RecipientAction.Returned, reading.RecipientAction);
    }

    [Theory]
    [InlineData("商家一直拖着不给退款", Slot.Reason)]
    [InlineData("the store keeps stalling on the refund", Slot.Reason)]
    public void ShopNamed_InTheReasonAnswer_IsNotTheKind(string text, Slot expecting)
    {
        var reading = MessageReader.Read(text, expecting);

        Assert.Null(reading.Kind);
    }
}
