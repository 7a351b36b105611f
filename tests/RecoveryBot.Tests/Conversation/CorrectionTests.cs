using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

public class CorrectionTests
{
    private const string Opening = "我三个小时前转错了500块给一个不认识的人，他还没收款";

    [Fact]
    public void Confirming_CorrectionOfKind_ChangesItSaysSoAndConfirmsAgain()
    {
        var client = new ConversationTestClient();
        client.Send(Opening);

        var replies = client.Send("不对，是红包");

        Assert.Equal(PaymentKind.RedPacket, client.State.Case.Kind);
        Assert.Contains("红包", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("更新", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.Confirm, replies[^1].Expecting);
    }

    [Fact]
    public void Confirming_CorrectionOfDay_MovesTheTimeAndKeepsTheRest()
    {
        var client = new ConversationTestClient();
        client.Send(Opening);

        client.Send("其实是前天");

        var known = client.State.Case;
        Assert.Equal(client.LocalNow.Date.AddDays(-2), known.SentAt!.Value.Date);
        Assert.Equal(new Money(500m, "CNY"), known.Amount);
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
    }

    [Fact]
    public void Confirming_CorrectionOfDayOnly_KeepsTheTimeOfDay()
    {
        var client = new ConversationTestClient();
        client.Send(Opening);
        var timeOfDay = client.State.Case.SentAt!.Value.TimeOfDay;

        client.Send("不对，是前天");

        var sentAt = client.State.Case.SentAt!.Value;
        Assert.Equal(client.LocalNow.Date.AddDays(-2), sentAt.Date);
        Assert.Equal(timeOfDay, sentAt.TimeOfDay);
        Assert.Equal(SentAtPrecision.Exact, client.State.Case.SentAtPrecision);
    }

    [Fact]
    public void Collecting_NoThatCorrectsTheTime_DoesNotAnswerTheRecipientQuestion()
    {
        var client = new ConversationTestClient();
        client.Send("昨天晚上8点多发了个520的红包，发错群了");

        client.Send("不对，是前天");

        Assert.Null(client.State.Case.RecipientAction);
        Assert.Equal(Slot.RecipientAction, client.LastReply.Expecting);
    }

    [Fact]
    public void Confirming_RestatingAValueWithNegation_IsNotANoToTheSummary()
    {
        var client = new ConversationTestClient();
        client.Send(Opening);

        var replies = client.Send("还没收款");

        Assert.DoesNotContain(replies, r => r.Text.Contains("哪里不对", StringComparison.Ordinal));
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
        Assert.Equal(RecipientAction.NotAccepted, client.State.Case.RecipientAction);
    }

    [Fact]
    public void Confirming_PlainNo_AsksWhatIsWrongAndTappingASlotAsksItAgain()
    {
        var client = new ConversationTestClient();
        client.Send(Opening);

        var whatIsWrong = client.Send("不对")[^1];
        client.Send(whatIsWrong.SuggestedActions[2]);

        Assert.Null(client.State.Case.Amount);
        Assert.Equal(Slot.Amount, client.LastReply.Expecting);
    }

    [Fact]
    public void Collecting_CorrectionOfAnEarlierAnswer_IsTakenAtOnce()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");

        var replies = client.Send("不对，是昨天晚上八点，金额是两百");

        Assert.Equal(new Money(200m, "CNY"), client.State.Case.Amount);
        Assert.Equal(client.LocalNow.Date.AddDays(-1).AddHours(20), client.State.Case.SentAt!.Value.DateTime);
        Assert.Contains("时间", replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "I think I got tricked, I moved 7,500 yuan to a woman from a dating app this morning", "no wait it was 8,500", 8500)]
    [InlineData("zh-CN", "今天早上被网上认识的人骗了七千五", "不对，是八千五", 8500)]
    public void Collecting_CorrectionOfTheAmountWhileAnotherQuestionIsPending_TakesTheNewFigure(string locale, string opening, string correction, int amount)
    {
        var client = new ConversationTestClient(locale);
        client.Send(opening);
        Assert.NotEqual(Slot.Amount, client.State.Expecting);
        Assert.NotNull(client.State.Case.Amount);

        client.Send(correction);

        Assert.Equal(amount, client.State.Case.Amount?.Value);
    }

    [Fact]
    public void WalkingPlan_RecipientAcceptsMeanwhile_RebuildsThePlan()
    {
        var client = new ConversationTestClient();
        client.SendAll(Opening, "对");
        Assert.Contains(client.Plan!.Steps, s => s.Id == "ask-recipient-return");

        client.Send("他刚刚已经收款了");

        Assert.Equal(RecipientAction.Accepted, client.State.Case.RecipientAction);
        Assert.DoesNotContain(client.Plan!.Steps, s => s.Id == "ask-recipient-return");
        Assert.Contains(client.Plan.Steps, s => s.Id == "ask-recipient-send-back");
    }

    [Theory]
    [InlineData("zh-CN", "不对，是八百", 800)]
    [InlineData("en-US", "actually it was 800", 800)]
    public void Walking_CorrectionOfTheAmount_WithABareFigure_UpdatesThePlan(string locale, string text, int amount)
    {
        var client = AdviceDialogTests.AtStep(1, locale);

        client.Send(text);

        Assert.Equal(amount, client.State.Case.Amount?.Value);
    }
}
