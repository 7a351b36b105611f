using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// A step says what to do now and the text to copy; what to have ready, what if it fails, why (with what is
/// not certain) and the sources come when the user taps their buttons, about that step.
/// </summary>
public class StepDetailTests
{
    [Theory]
    [InlineData("zh-CN", "要准备：", "如果不行：", "要注意：")]
    [InlineData("en-US", "Have ready:", "If it doesn't work:", "Please note:")]
    public void Step_SaysWhatToDoNow_AndOffersTheRestAsButtons(string locale, string bring, string ifFails, string caveat)
    {
        var client = AdviceDialogTests.AtStep(1, locale);

        var step = client.LastReply;

        Assert.Contains(ConversationTestClient.Text(locale, "step.script"), step.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bring, step.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ifFails, step.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(caveat, step.Text, StringComparison.Ordinal);
        foreach (var button in new[] { "actions.bring", "actions.ifFails", "actions.why", "actions.sources" })
        {
            Assert.Contains(ConversationTestClient.Text(locale, button), step.SuggestedActions);
        }
    }

    [Theory]
    [InlineData("zh-CN", "要准备什么？", "第1步：请对方把钱转回来", "要准备：付款时间、金额和交易单号")]
    [InlineData("zh-CN", "如果不行呢？", "第1步：请对方把钱转回来", "如果不行：对方不回复、拒绝，或者把你删了")]
    [InlineData("en-US", "What to have ready?", "Step 1: Ask them to send the money back", "Have ready: The time, amount and transaction number")]
    [InlineData("en-US", "what if it fails", "Step 1: Ask them to send the money back", "If it doesn't work: If they don't reply")]
    public void TappingADetail_AnswersAboutThatStep_WithItsButtonsAndQuestion(string locale, string tap, string header, string expected)
    {
        var client = AdviceDialogTests.AtStep(1, locale);
        var buttons = client.LastReply.SuggestedActions;

        var answer = Assert.Single(client.Send(tap));

        Assert.StartsWith(header, answer.Text, StringComparison.Ordinal);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, answer.Expecting);
        Assert.Equal(buttons, answer.SuggestedActions);
        Assert.Equal(0, client.State.CurrentStep);
    }

    [Fact]
    public void Why_CarriesTheStepsCaveat_ThatTheStepItselfLeavesOut()
    {
        var client = AdviceDialogTests.AtStep(1);

        var why = string.Join("\n", client.Send("为什么").Select(r => r.Text));

        Assert.Contains("要注意：我们没有查到对方能把已收下的钱一键原路退回的功能", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ListsTitlesAndDueTimes_AndCarriesTheOverviewForCards()
    {
        var client = new ConversationTestClient();

        client.SendAll("昨天晚上8点我转错了两千块给别人，他已经收了", "对");

        var plan = client.LastReplies.Single(r => r.Plan is not null);
        Assert.Contains("1. 请对方把钱转回来\n2. 保存好证据", plan.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("钱已经到了对方的零钱", plan.Text, StringComparison.Ordinal);   // the step's summary
        var overview = Assert.IsType<Dialogs.Conversation.PlanOverview>(plan.Overview);
        Assert.Equal(plan.Plan!.Steps.Select(s => s.Title), overview.Steps.Select(s => s.Title));
        Assert.Equal(0, overview.CurrentStep);
        Assert.Contains("2029年11月22日之前", overview.Steps[^1].Due, StringComparison.Ordinal);
        Assert.Contains("期限", overview.Actions);
    }

    [Fact]
    public void EveryPartOfALongAnswer_FitsOneScreen_AndTheLastAsksAgain()
    {
        var client = AdviceDialogTests.AtStep(1, "en-US");

        var replies = client.Send("sources");

        Assert.True(replies.Count > 2);
        Assert.All(replies, reply => Assert.True(Dialogs.Conversation.MessageLength.Fits(reply)));
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
    }
}
