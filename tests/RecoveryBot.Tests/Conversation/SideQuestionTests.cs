using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Questions on the way get a short, honest answer from the knowledge, then the current step again.</summary>
public class SideQuestionTests
{
    [Theory]
    [InlineData("zh-CN", "我想起诉他", "question.sue", "第2步")]
    [InlineData("en-US", "can I sue them?", "question.sue", "Step 2")]
    [InlineData("zh-CN", "怎么知道他的真实姓名？", "question.identity", "第2步")]
    [InlineData("en-US", "how do I find out who he is?", "question.identity", "Step 2")]
    [InlineData("zh-CN", "你是真人吗", "question.human", "第2步")]
    [InlineData("en-US", "are you a bot?", "question.human", "Step 2")]
    [InlineData("zh-CN", "能要回来吗？", "question.chances", "第2步")]
    [InlineData("en-US", "will I get my money back?", "question.chances", "Step 2")]
    public void SideQuestion_WhileWalkingThePlan_AnswersThenRemindsTheStep(string locale, string text, string answerKey, string step)
    {
        var client = AdviceDialogTests.AtStep(2, locale);
        var before = client.State;

        var replies = client.Send(text);

        Assert.StartsWith(ConversationTestClient.Text(locale, answerKey), replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, replies.Count);
        Assert.Contains(step, replies[^1].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ConversationTestClient.Text(locale, "reprompt.stepDone"), replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
        Assert.Equal(before.CurrentStep, client.State.CurrentStep);
        Assert.Equal(before.Misses, client.State.Misses);
    }

    [Theory]
    [InlineData("zh-CN", "我想起诉他", "第4步就是起诉")]
    [InlineData("en-US", "I want to sue", "Step 4 of your plan is the lawsuit")]
    public void Sue_WithALawsuitStepAhead_PointsToIt(string locale, string text, string stepLine)
    {
        var client = AdviceDialogTests.AtStep(2, locale);
        var lawsuit = client.State.PlanStepIds.ToList().IndexOf("lawsuit");
        Assert.Equal(3, lawsuit);

        var replies = client.Send(text);

        Assert.Contains(stepLine, replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "你是真人吗？", Slot.Amount)]
    [InlineData("en-US", "are you a real person?", Slot.Amount)]
    [InlineData("zh-CN", "能追回吗", Slot.Amount)]
    public void SideQuestion_WhileCollecting_AnswersThenAsksTheSameQuestion(string locale, string text, Slot expecting)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(locale == "zh-CN" ? ["我转账转错人了", "三个小时前"] : ["I transferred money to the wrong person", "3 hours ago"]);

        var replies = client.Send(text);

        Assert.Equal(2, replies.Count);
        Assert.Equal(expecting, replies[^1].Expecting);
        Assert.Equal(0, client.State.Misses);
    }

    [Theory]
    [InlineData("zh-CN", "被骗的钱能起诉吗", "question.sue.fraud")]
    [InlineData("en-US", "can I sue them?", "question.sue.fraud")]
    public void Sue_AfterAScam_SaysThePoliceComeFirst(string locale, string text, string answerKey)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(locale == "zh-CN"
            ? ["昨天晚上8点我被骗了，转了3000块，对方已经收款了", "对"]
            : ["Yesterday at 8pm I was scammed and transferred 3000 yuan, they already accepted it", "yes"]);
        Assert.Equal(Phase.WalkingPlan, client.State.Phase);

        var replies = client.Send(text);

        Assert.StartsWith(ConversationTestClient.Text(locale, answerKey), replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SideQuestionWithAnOutcome_IsAnAnswerToTheStep()
    {
        var client = AdviceDialogTests.AtStep(1);

        client.Send("没用，我想起诉他");

        Assert.Equal(1, client.State.CurrentStep);
    }
}
