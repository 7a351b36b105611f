using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// How the conversation stores approximate answers to "when?": the likely moment, marked approximate; and a message
/// about the present ("现在…", "now…") leaves the time unknown.
/// </summary>
public class ApproximateTimeAnswerTests
{
    [Theory]
    [InlineData("zh-CN", "我转账转错人了", "差不多三四个钟头前", 210)]
    [InlineData("zh-CN", "我转账转错人了", "二十几分钟前吧", 25)]
    [InlineData("en-US", "I sent a transfer to the wrong person", "about 6 hours ago", 360)]
    [InlineData("en-US", "I sent a transfer to the wrong person", "2-3 hours ago", 150)]
    public void ApproximateAnswer_IsTheLikelyMomentMarkedApproximate(string locale, string opening, string answer, int minutesAgo)
    {
        var client = new ConversationTestClient(locale);
        client.Send(opening);
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);

        client.Send(answer);

        Assert.Equal(client.LocalNow.AddMinutes(-minutesAgo), client.State.Case.SentAt);
        Assert.Equal(SentAtPrecision.Approximate, client.State.Case.SentAtPrecision);
    }

    [Theory]
    [InlineData("zh-CN", "我给陌生人转错了800块，现在他不回我消息")]
    [InlineData("en-US", "I sent 800 yuan to a stranger by mistake and now he won't answer")]
    public void MessageAboutThePresent_LeavesTheSendTimeUnknown(string locale, string opening)
    {
        var client = new ConversationTestClient(locale);

        client.Send(opening);

        Assert.Null(client.State.Case.SentAt);
        Assert.Equal(new Money(800m, "CNY"), client.State.Case.Amount);
    }
}
