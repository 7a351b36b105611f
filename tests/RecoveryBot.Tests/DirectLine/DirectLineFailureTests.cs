using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>When the store fails: polling must never see a 5xx (directlinejs would stop for good); a post gets 502.</summary>
public class DirectLineFailureTests
{
    [Fact]
    public async Task GetActivities_WhenTheStoreFails_Is200WithNothingNew()
    {
        await using var app = FlakyStore.App(out var store);
        var grant = await app.StartAsync();
        store().FailReads = true;

        using var response = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities?watermark=1", grant.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(set.GetProperty("activities").EnumerateArray());
        Assert.Equal("1", set.GetProperty("watermark").GetString());
        Assert.Contains(app.Logs.Lines, line => line.Contains("the client gets an empty set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WhenTheStoreFails_Is502BotError()
    {
        await using var app = FlakyStore.App(out var store);
        var grant = await app.StartAsync();
        store().FailAppends = true;

        using var response = await app.PostMessageAsync(grant, "hello");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("BotError", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }
}
