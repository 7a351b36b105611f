using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>A frightened user gets one short sentence of calm before the answer; despair gets its own care instead.</summary>
public class UpsetAcknowledgementTests
{
    [Theory]
    [InlineData("zh-CN", "急死了！我刚才转错了500块给同事，他还没收", "先别慌")]
    [InlineData("en-US", "I'm panicking, I sent 500 yuan to the wrong person ten minutes ago and they haven't accepted it", "Take a breath")]
    public void FrightenedOpening_GetsOneShortSentenceOfCalm_ThenTheAnswer(string locale, string opening, string calm)
    {
        var client = new ConversationTestClient(locale);

        var replies = client.Send(opening);

        Assert.StartsWith(calm, replies[0].Text, StringComparison.Ordinal);
        Assert.Single(replies, r => r.Text.Contains(calm, StringComparison.Ordinal));
        var sentence = ConversationTestClient.Text(locale, "upset.acknowledge");
        Assert.True(MessageLength.Count(sentence) <= MessageLength.Limit(LanguageExtensions.FromTag(locale)!.Value) / 10, "the acknowledgement is one short sentence");
        Assert.NotNull(replies[^1].Expecting);
    }

    [Fact]
    public void CalmOpening_GetsNoAcknowledgement()
    {
        var client = new ConversationTestClient();

        var replies = client.Send("我刚才转错了500块给同事，他还没收");

        Assert.DoesNotContain(replies, r => r.Text.Contains("先别慌", StringComparison.Ordinal));
    }

    [Fact]
    public void Despair_GetsTheCaringReply_NotTheShortCalm()
    {
        var client = new ConversationTestClient();

        var replies = client.Send("急死了，钱都没了，我不想活了");

        Assert.StartsWith(ConversationTestClient.Text("zh-CN", "crisis.care")[..10], replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Text.Contains("先别慌", StringComparison.Ordinal));
    }
}
