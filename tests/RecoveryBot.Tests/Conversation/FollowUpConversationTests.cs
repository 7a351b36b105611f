using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// When the conversation wants to write first (the schedule after every turn and <c>followUps</c> in the plan),
/// what it says when a follow-up comes due, and how the answer, "stop reminders", a restart and the end of the
/// plan change the schedule. The clock is fake; the knowledge is the real folder.
/// </summary>
public class FollowUpConversationTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static ConversationTestClient PlanFor(string opening, string locale = "zh-CN", string confirm = "对")
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(opening, confirm);
        Assert.NotNull(client.Plan);
        return client;
    }

    [Fact]
    public void Transfer_NotAcceptedThreeHoursAgo_FollowsUpOnceWhenTheDayIsOver()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");

        var expected = new PlannedFollowUp("ask-recipient-return", new DateTimeOffset(2026, 11, 24, 17, 15, 0, Beijing));
        Assert.Equal([expected], client.Plan!.FollowUps);
        Assert.Equal(Beijing, client.Plan.FollowUps[0].Due.Offset);
        Assert.Equal([expected.Due], client.FollowUps.Select(f => f.Due));
    }

    [Fact]
    public void Transfer_DueAt23h_IsMovedTo8InTheMorning()
    {
        var client = PlanFor("我昨天晚上十一点转错了500块，他还没收款");

        var followUp = Assert.Single(client.FollowUps);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, Beijing), followUp.Due);
    }

    [Fact]
    public void Fraud_DueAt23h_IsNotMovedOutOfTheNight()
    {
        var client = PlanFor("我被骗了，昨天晚上十一点给骗子转了500块，他还没收款");

        var followUp = Assert.Single(client.FollowUps);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 23, 0, 0, Beijing), followUp.Due);
    }

    [Fact]
    public void Plan_AfterTheRefundWindow_HasNoFollowUps()
    {
        var client = PlanFor("我前天转错了500块给别人，他已经收了");

        Assert.Empty(client.Plan!.FollowUps);
        Assert.Empty(client.FollowUps);
    }

    [Theory]
    [InlineData("zh-CN", "我三个小时前转错了500块给一个不认识的人，他还没收款", "对", "不用提醒了")]
    [InlineData("en-US", "Three hours ago I transferred 500 yuan to the wrong person by mistake and they haven't accepted it", "yes", "stop reminders")]
    public void StopReminders_TurnsFollowUpsOffAndKeepsTheStep(string locale, string opening, string confirm, string stop)
    {
        var client = PlanFor(opening, locale, confirm);
        var step = client.State.CurrentStep;

        client.Send(stop);

        Assert.True(client.State.FollowUpsOff);
        Assert.Empty(client.FollowUps);
        Assert.Equal(ConversationTestClient.Text(locale, "followUps.off"), client.LastReplies[0].Text);
        Assert.Equal(Phase.WalkingPlan, client.State.Phase);
        Assert.Equal(step, client.State.CurrentStep);
    }

    [Fact]
    public void Restart_CancelsTheFollowUpsButKeepsTheChoiceToHaveNone()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");
        Assert.NotEmpty(client.FollowUps);

        client.Send("重新开始");

        Assert.Empty(client.FollowUps);
    }

    [Fact]
    public void StepWorked_FinishesThePlanAndCancelsTheFollowUps()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");

        client.Send("成功了");

        Assert.Equal(Phase.Finished, client.State.Phase);
        Assert.Empty(client.FollowUps);
    }

    [Fact]
    public void FollowUp_AtItsTime_AsksWhetherTheMoneyIsBackWithButtons()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");
        client.Time.Advance(TimeSpan.FromDays(1));

        var reply = Assert.Single(client.FollowUp("ask-recipient-return"));

        Assert.StartsWith("你昨天 17:15的转账", reply.Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, reply.Expecting);
        Assert.Equal(ConversationTestClient.Knowledge.Strings(Language.ZhCn).GetList("actions.followUp"), reply.SuggestedActions);
        Assert.Equal(client.Time.GetUtcNow(), client.State.LastFollowUpAt);
        Assert.Empty(client.FollowUps);
    }

    [Fact]
    public void FollowUp_AnsweredMoneyBack_EndsThePlanWithTips()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");
        client.Time.Advance(TimeSpan.FromDays(1));
        client.FollowUp("ask-recipient-return");

        client.Send("钱回来了");

        Assert.Equal(Phase.Finished, client.State.Phase);
        Assert.StartsWith(ConversationTestClient.Text("zh-CN", "plan.success"), client.LastReply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUp_AnsweredNotBack_MovesToTheNextStepWithoutASecondFollowUpForTheSameMoment()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");
        client.Time.Advance(TimeSpan.FromDays(1));
        client.FollowUp("ask-recipient-return");

        client.Send("还没回来");

        Assert.Equal("wait-auto-refund", client.State.PlanStepIds[client.State.CurrentStep]);
        Assert.Empty(client.FollowUps);
    }

    [Fact]
    public void FollowUp_BeforeItsTime_SaysNothing()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");
        var before = client.State;

        Assert.Empty(client.FollowUp("ask-recipient-return"));
        Assert.Equal(before, client.State);
    }

    [Fact]
    public void FollowUp_AfterStopReminders_SaysNothing()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");
        client.Send("不用提醒了");
        client.Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(client.FollowUp("ask-recipient-return"));
    }

    [Fact]
    public void FollowUp_ForAStepTheUserHasPassed_SaysNothing()
    {
        var client = PlanFor("我三个小时前转错了500块给一个不认识的人，他还没收款");
        client.Send("没用，下一步");
        client.Send("没用，下一步");
        client.Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(client.FollowUp("ask-recipient-return"));
    }
}
