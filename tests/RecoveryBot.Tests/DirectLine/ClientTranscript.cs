using System.Globalization;
using System.Text.Json;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>What a Direct Line client received, and the checks every conversation through the channel must pass.</summary>
internal sealed class ClientTranscript(JsonElement result)
{
    public const string PlanPrefix = "根据你的情况";

    public IReadOnlyList<JsonElement> Activities { get; } = [.. result.GetProperty("activities").EnumerateArray()];

    public IReadOnlyList<string> Statuses { get; } = [.. result.GetProperty("statuses").EnumerateArray().Select(status => status.GetString()!)];

    public IReadOnlyList<JsonElement> Posts { get; } = [.. result.GetProperty("posts").EnumerateArray()];

    public IEnumerable<JsonElement> FromBot => Activities.Where(activity => Role(activity) == "bot");

    public static string? Role(JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) ? role.GetString() : null;

    public static string Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";

    /// <summary>The Web Chat contract: ids, timestamps in order, roles, echoes before replies, no conversation updates.</summary>
    public void AssertWellFormed()
    {
        Assert.Equal(["Uninitialized", "Connecting", "Online"], Statuses.Take(3));
        Assert.DoesNotContain("FailedToConnect", Statuses);
        Assert.DoesNotContain("ExpiredToken", Statuses);
        Assert.NotEmpty(Activities);
        Assert.All(Activities, activity =>
        {
            Assert.Equal("message", activity.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(activity.GetProperty("id").GetString()));
            Assert.True(Role(activity) is "user" or "bot", $"unexpected role {Role(activity)}");
        });
        var times = Activities.Select(activity => DateTimeOffset.Parse(activity.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"timestamps out of order: {pair.First:O} then {pair.Second:O}"));
        Assert.Equal(Activities.Count, Activities.Select(activity => activity.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(FromBot, activity => Assert.Equal("markdown", activity.GetProperty("textFormat").GetString()));

        foreach (var post in Posts)
        {
            var id = post.GetProperty("id").GetString();
            var echo = Activities.Select((activity, index) => (activity, index)).Single(entry => entry.activity.GetProperty("id").GetString() == id);
            Assert.Equal("user", Role(echo.activity));
            Assert.Equal(post.GetProperty("clientActivityID").GetString(), echo.activity.GetProperty("channelData").GetProperty("clientActivityID").GetString());
            Assert.StartsWith("dl_", echo.activity.GetProperty("from").GetProperty("id").GetString(), StringComparison.Ordinal);
            var firstReply = Activities.Select((activity, index) => (activity, index))
                .First(entry => entry.activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id);
            Assert.True(echo.index < firstReply.index, "the echo must arrive before the reply");
            Assert.Equal("bot", Role(firstReply.activity));
        }
    }

    /// <summary>The message that presents the plan, with its machine-readable form.</summary>
    public JsonElement AssertPlanReached()
    {
        var plan = Assert.Single(FromBot, activity => Text(activity).StartsWith(PlanPrefix, StringComparison.Ordinal));
        Assert.NotEmpty(plan.GetProperty("channelData").GetProperty("recoveryPlan").GetProperty("steps").EnumerateArray());
        return plan;
    }
}
