using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

public class WalkthroughTests
{
    private static ConversationTestClient AtFirstStep(string locale = "zh-CN")
    {
        var client = new ConversationTestClient(locale);
        if (locale == "zh-CN")
        {
            client.SendAll("我三个小时前转错了500块给一个不认识的人，他还没收款", "对");
        }
        else
        {
            client.SendAll("Three hours ago I transferred 500 yuan to the wrong person by mistake, not accepted yet", "yes");
        }

        return client;
    }

    [Fact]
    public void PresentedPlan_IsFollowedByTheFirstStepAskingHowItWent()
    {
        var client = AtFirstStep();

        Assert.Equal(2, client.LastReplies.Count);
        Assert.NotNull(client.LastReplies[0].Plan);
        Assert.Equal(Slot.StepOutcome, client.LastReply.Expecting);
        Assert.Equal(Phase.WalkingPlan, client.State.Phase);
        Assert.Equal(0, client.State.CurrentStep);
    }

    [Theory]
    [InlineData("zh-CN", "成功了")]
    [InlineData("en-US", "it worked")]
    public void StepWorked_EndsWithPreventionTips(string locale, string worked)
    {
        var client = AtFirstStep(locale);

        var reply = client.Send(worked)[^1];

        Assert.Equal(Phase.Finished, client.State.Phase);
        var tipLines = reply.Text.Split('\n').Count(l => l.StartsWith('·') || l.StartsWith('•'));
        Assert.InRange(tipLines, 2, 3);
    }

    [Fact]
    public void StepFailed_MovesToTheNextStep()
    {
        var client = AtFirstStep();

        var replies = client.Send("没用，下一步");

        Assert.Equal(1, client.State.CurrentStep);
        Assert.Contains("第2步", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
    }

    [Fact]
    public void StillWaiting_StaysOnTheSameStep()
    {
        var client = AtFirstStep();

        client.Send("还在等");

        Assert.Equal(0, client.State.CurrentStep);
        Assert.Equal(Slot.StepOutcome, client.LastReply.Expecting);
    }

    [Fact]
    public void EveryStepFailing_EndsWithTheExhaustedMessage()
    {
        var client = AtFirstStep();
        var steps = client.State.PlanStepIds.Count;

        for (var i = 0; i < steps; i++)
        {
            client.Send("没用");
        }

        Assert.Equal(Phase.Finished, client.State.Phase);
        Assert.Null(client.LastReply.Expecting);
    }

    [Fact]
    public void StepDetail_NamesWhereInWeChatAndByWhen()
    {
        var client = AtFirstStep();

        var step = client.LastReply.Text;

        Assert.StartsWith("第1步", step, StringComparison.Ordinal);
        Assert.True(step.Length > 40, step);
    }

    [Fact]
    public void StepOutcomeThatFitsNothing_IsAskedAgainThenExplained()
    {
        var client = AtFirstStep();

        client.Send("嗯？");
        var second = client.Send("啥")[^1];

        Assert.Equal(Slot.StepOutcome, second.Expecting);
        Assert.Equal(0, client.State.CurrentStep);
        Assert.Equal(2, client.State.Misses);
    }
}
