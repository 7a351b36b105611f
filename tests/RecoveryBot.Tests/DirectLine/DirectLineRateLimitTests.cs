using System.Net;
using System.Text.Json;

namespace RecoveryBot.Tests.DirectLine;

public sealed class DirectLineRateLimitTests
{
    [Fact]
    public async Task FloodingAConversation_FromThePage_Gets429WithRetryAfter()
    {
        await using var app = new DirectLineApp(settings: new Dictionary<string, string?> { ["Bot:RateLimitBurst"] = "2", ["Bot:RateLimitPerMinute"] = "6" });
        var grant = await app.StartAsync();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 3; i++)
        {
            var response = await app.PostMessageAsync(grant, "hi", $"c{i}");
            statuses.Add(response.StatusCode);
            refused = response;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("10", refused!.Headers.GetValues("Retry-After").Single());
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("TooManyRequests", error.GetProperty("code").GetString());
        Assert.Equal(2, app.Conversation.Inputs.Count(input => input.Text == "hi"));
    }
}
