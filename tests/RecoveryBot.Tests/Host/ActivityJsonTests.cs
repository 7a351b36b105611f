using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Tests.Host;

public class ActivityJsonTests
{
    [Fact]
    public void UnknownMembers_RoundTrip()
    {
        const string json = """{"type":"message","futureField":{"a":[1,2]},"channelData":{"clientActivityID":"x"},"entities":[{"type":"ClientCapabilities"}]}""";

        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written));
    }

    [Fact]
    public void Serialize_OmitsNullsAndUsesCamelCase()
    {
        var activity = new Activity { Type = "message", ReplyToId = "1", From = new ChannelAccount { Id = "b", Role = "bot" } };

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","from":{"id":"b","role":"bot"},"replyToId":"1"}""", json);
    }

    [Fact]
    public void LocalTimestamp_KeepsItsOffsetBothWays()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","localTimestamp":"2019-08-20T13:37:05-07:00"}""", ProtocolJson.Options)!;

        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Contains("\"localTimestamp\":\"2019-08-20T13:37:05-07:00\"", JsonSerializer.Serialize(activity, ProtocolJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamp_WithoutOffset_IsTakenAsUtc()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","timestamp":"2026-11-22T12:00:00"}""", ProtocolJson.Options)!;

        Assert.Equal(TimeSpan.Zero, activity.Timestamp!.Value.Offset);
    }

    [Theory]
    [InlineData("\"not a time\"")]
    [InlineData("42")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Timestamps_Unparsable_ReadAsNull(string value)
    {
        var activity = JsonSerializer.Deserialize<Activity>($$"""{"type":"message","localTimestamp":{{value}},"timestamp":{{value}},"text":"after"}""", ProtocolJson.Options)!;

        Assert.Null(activity.LocalTimestamp);
        Assert.Null(activity.Timestamp);
        Assert.Equal("after", activity.Text);
    }

    [Fact]
    public void CardAction_ImBack_HasTitleEqualToValue()
    {
        var json = JsonSerializer.Serialize(CardAction.ImBack("转账"), ProtocolJson.Options);

        Assert.Equal("""{"type":"imBack","title":"转账","value":"转账"}""", json);
    }
}
