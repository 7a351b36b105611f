using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// The bot knows the day and asks "那天大概几点？": a bare time lands on that day; an answer that names the day (or
/// counts from now) is read against now, so it does not move back a second time.
/// </summary>
public class KnownDayTimeAnswerTests
{
    [Theory]
    [InlineData("昨天晚上八点", 1, 20)]
    [InlineData("就是昨天下午三点左右", 1, 15)]
    [InlineData("昨晚七点多", 1, 19)]
    public void AnswerNamingTheSameDay_StaysOnThatDay(string answer, int daysAgo, int hour)
    {
        var client = new ConversationTestClient();
        client.Send("我昨天给朋友转错了三百块");
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);

        client.Send(answer);

        Assert.Equal(client.LocalNow.Date.AddDays(-daysAgo).AddHours(hour), client.State.Case.SentAt!.Value.DateTime);
    }

    [Fact]
    public void EnglishAnswerNamingTheDay_StaysOnThatDay()
    {
        var client = new ConversationTestClient("en-US");
        client.Send("I sent 300 yuan to the wrong person yesterday");
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);

        client.Send("yesterday at 7pm");

        Assert.Equal(client.LocalNow.Date.AddDays(-1).AddHours(19), client.State.Case.SentAt!.Value.DateTime);
    }

    [Fact]
    public void BareTime_LandsOnTheKnownDay()
    {
        var client = new ConversationTestClient();
        client.Send("我昨天给朋友转错了三百块");

        client.Send("下午四点");

        Assert.Equal(client.LocalNow.Date.AddDays(-1).AddHours(16), client.State.Case.SentAt!.Value.DateTime);
    }
}
