using RecoveryBot.Bot.Connector;

namespace RecoveryBot.Tests.Host;

public class ConnectorUrlsTests
{
    [Theory]
    [InlineData("http://localhost:53559", "abc|livechat", "abc|0000005", "http://localhost:53559/v3/conversations/abc%7Clivechat/activities/abc%7C0000005")]
    [InlineData("https://smba.trafficmanager.net/amer/", "a:b@thread.skype;messageid=1", "1", "https://smba.trafficmanager.net/amer/v3/conversations/a%3Ab%40thread.skype%3Bmessageid%3D1/activities/1")]
    [InlineData("https://x.invalid/", "a/b c", "id#1?", "https://x.invalid/v3/conversations/a%2Fb%20c/activities/id%231%3F")]
    public void ReplyToActivity_EscapesEverySegment(string serviceUrl, string conversationId, string activityId, string expected)
    {
        Assert.Equal(expected, ConnectorUrls.ReplyToActivity(serviceUrl, conversationId, activityId).AbsoluteUri);
    }

    [Fact]
    public void SendToConversation_HasNoActivitySegment()
    {
        Assert.Equal(
            "https://directline.botframework.com/v3/conversations/DL%7C1/activities",
            ConnectorUrls.SendToConversation("https://directline.botframework.com/", "DL|1").AbsoluteUri);
    }
}
