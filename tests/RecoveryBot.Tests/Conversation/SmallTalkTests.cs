using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// Greetings, thanks, "在吗", "?" or an emoji get a line back; a pending question follows, and the message counts as
/// an answer that did not fit, so that "???" again and again still reaches a way on.
/// </summary>
public class SmallTalkTests
{
    [Theory]
    [InlineData("zh-CN", "你好", "smallTalk.greeting")]
    [InlineData("zh-CN", "您好，在吗？", "smallTalk.greeting")]
    [InlineData("zh-CN", "谢谢", "smallTalk.thanks")]
    [InlineData("zh-CN", "在吗", "smallTalk.ping")]
    [InlineData("zh-CN", "?", "smallTalk.ping")]
    [InlineData("zh-CN", "🙏🙏", "smallTalk.ping")]
    [InlineData("en-US", "hello?", "smallTalk.greeting")]
    [InlineData("en-US", "thanks!", "smallTalk.thanks")]
    [InlineData("en-US", "are you there?", "smallTalk.ping")]
    [InlineData("en-US", "👍", "smallTalk.ping")]
    public void SmallTalk_DuringAmountQuestion_AnswersInALineThenAsksAgainCountingAMiss(string locale, string text, string replyKey)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(locale == "zh-CN" ? ["我转账转错人了", "三个小时前"] : ["I transferred money to the wrong person", "3 hours ago"]);

        var replies = client.Send(text);

        Assert.Equal(ConversationTestClient.Text(locale, replyKey), replies[0].Text);
        Assert.Equal(2, replies.Count);
        Assert.Equal(ConversationTestClient.Text(locale, "reprompt.amount"), replies[^1].Text);
        Assert.Equal(Slot.Amount, replies[^1].Expecting);
        Assert.Equal(1, client.State.Misses);
    }

    [Theory]
    [InlineData("zh-CN", "谢谢")]
    [InlineData("en-US", "thank you")]
    public void Thanks_WhileWalkingThePlan_StaysOnTheSameStep(string locale, string text)
    {
        var client = AdviceDialogTests.AtStep(2, locale);

        var replies = client.Send(text);

        Assert.Equal(ConversationTestClient.Text(locale, "smallTalk.thanks"), replies[0].Text);
        Assert.Equal(1, client.State.CurrentStep);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
    }

    [Theory]
    [InlineData("zh-CN", "你好")]
    [InlineData("en-US", "hi")]
    public void Greeting_AtTheStart_AsksWhatHappened(string locale, string text)
    {
        var client = new ConversationTestClient(locale);

        var replies = client.Send(text);

        Assert.Equal(ConversationTestClient.Text(locale, "smallTalk.greeting"), replies[0].Text);
        Assert.Equal(ConversationTestClient.Text(locale, "ask.opening"), replies[^1].Text);
        Assert.Equal(Slot.Kind, replies[^1].Expecting);
    }

    [Theory]
    [InlineData("zh-CN", "谢谢，成功了")]
    [InlineData("en-US", "thanks, it worked")]
    public void ThanksWithAnOutcome_IsAnAnswerNotSmallTalk(string locale, string text)
    {
        var client = AdviceDialogTests.AtStep(1, locale);

        client.Send(text);

        Assert.Equal(Phase.Finished, client.State.Phase);
    }

    [Fact]
    public void GreetingWithAStory_IsReadAsTheStory()
    {
        var client = new ConversationTestClient();

        client.Send("你好，我三个小时前转错了500块");

        Assert.Equal(PaymentKind.Transfer, client.State.Case.Kind);
        Assert.Equal(new Money(500m, "CNY"), client.State.Case.Amount);
    }
}
