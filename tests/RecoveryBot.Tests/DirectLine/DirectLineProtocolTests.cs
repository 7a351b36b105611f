using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>The Direct Line 3.0 REST contract, checked over HTTP against the bot with the scripted conversation.</summary>
public class DirectLineProtocolTests
{
    [Fact]
    public async Task Generate_WithTheSecret_ReturnsAConversationAndAToken()
    {
        await using var app = new DirectLineApp();

        var grant = await app.GenerateAsync();

        Assert.Matches("^[A-Za-z0-9]{24}$", grant.ConversationId);
        Assert.Equal(1800, grant.ExpiresIn);
        Assert.Null(grant.StreamUrl);
        Assert.Empty(app.Conversation.Inputs);
    }

    [Fact]
    public async Task Start_RunsTheWelcomeOnce_201ThenAfterwards200()
    {
        await using var app = new DirectLineApp();
        var grant = await app.GenerateAsync();

        using var first = await app.SendAsync(HttpMethod.Post, "v3/directline/conversations", grant.Token, "{\"user\":{}}");
        using var second = await app.SendAsync(HttpMethod.Post, "v3/directline/conversations", grant.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(grant.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{grant.ConversationId}/stream?t=", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(InputKind.UserJoined, Assert.Single(app.Conversation.Inputs).Kind);
    }

    [Fact]
    public async Task Start_WithTheSecret_CreatesAConversationForTheGivenUser()
    {
        await using var app = new DirectLineApp();

        using var response = await app.SendAsync(HttpMethod.Post, "v3/directline/conversations", DirectLineApp.Secret, "{\"user\":{\"id\":\"dl_shop-user-7\"},\"locale\":\"en-US\"}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var grant = ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
        var welcome = (await app.GetActivitiesAsync(grant)).GetProperty("activities")[0];
        Assert.Equal("dl_shop-user-7", welcome.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("en-US", Assert.Single(app.Conversation.Inputs).LocaleHint);
    }

    [Fact]
    public async Task Activities_AreAnActivitySet_WithAStringWatermark()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        var set = await app.GetActivitiesAsync(grant);

        Assert.Equal(JsonValueKind.String, set.GetProperty("watermark").ValueKind);
        Assert.Equal("1", set.GetProperty("watermark").GetString());
        var welcome = Assert.Single(set.GetProperty("activities").EnumerateArray());
        Assert.Equal($"{grant.ConversationId}|0000001", welcome.GetProperty("id").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("directline", welcome.GetProperty("channelId").GetString());
        Assert.True(welcome.TryGetProperty("timestamp", out _));
        Assert.False(welcome.TryGetProperty("replyToId", out _), "the welcome answers a conversationUpdate the client never sees");
        Assert.StartsWith(ScriptedConversation.Welcome, welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EchoesTheUsersActivity_BeforeTheBotsReply()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.PostMessageAsync(grant, ScriptedConversation.Two, "client-42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var set = await app.GetActivitiesAsync(grant, watermark: "1");
        var activities = set.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(3, activities.Count);
        Assert.Equal("4", set.GetProperty("watermark").GetString());
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("用户", echo.GetProperty("from").GetProperty("name").GetString());
        Assert.StartsWith("dl_", echo.GetProperty("from").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.True(echo.TryGetProperty("timestamp", out _));
        Assert.False(echo.TryGetProperty("deliveryMode", out _), "expectReplies is how the channel runs the turn, not part of the user's activity");
        Assert.All(activities.Skip(1), reply =>
        {
            Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
            Assert.Equal(id, reply.GetProperty("replyToId").GetString());
            Assert.Equal("markdown", reply.GetProperty("textFormat").GetString());
        });
        Assert.Equal(["turn 2 first", "turn 2 second"], activities.Skip(1).Select(reply => reply.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Post_GivesTheBotTheUsersText_AsTheTokensUser()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.PostMessageAsync(grant, "我转错了500块");

        response.EnsureSuccessStatusCode();
        var input = app.Conversation.Inputs.Last();
        Assert.Equal(InputKind.Message, input.Kind);
        Assert.Equal("我转错了500块", input.Text);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("conversationUpdate")]
    public async Task Post_OfTypingOrConversationUpdate_IsAcknowledged_NeitherStoredNorATurn(string type)
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{grant.ConversationId}/activities", grant.Token, $"{{\"type\":\"{type}\",\"membersAdded\":[{{\"id\":\"x\"}}]}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()));
        Assert.Equal("1", (await app.GetActivitiesAsync(grant)).GetProperty("watermark").GetString());
        Assert.Single(app.Conversation.Inputs);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[]")]
    public async Task Post_OfSomethingThatIsNotAnActivity_Is400(string body)
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{grant.ConversationId}/activities", grant.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_BeforeTheConversationWasStarted_StartsIt()
    {
        await using var app = new DirectLineApp();
        var grant = await app.GenerateAsync();

        using var response = await app.PostMessageAsync(grant, ScriptedConversation.Ask);

        response.EnsureSuccessStatusCode();
        var texts = (await app.GetActivitiesAsync(grant)).GetProperty("activities").EnumerateArray().Select(ClientTranscript.Text).ToList();
        Assert.Equal(["welcome turn 1", ScriptedConversation.Ask, "turn 2 amount?"], texts);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("99999999999999999999")]
    public async Task Activities_WithAMeaninglessWatermark_StartFromTheBeginning(string watermark)
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        var set = await app.GetActivitiesAsync(grant, watermark);

        Assert.Single(set.GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Activities_OfAConversationThatDoesNotExist_Are404()
    {
        await using var app = new DirectLineApp();

        using var response = await app.SendAsync(HttpMethod.Get, "v3/directline/conversations/Nope/activities", DirectLineApp.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Reconnect_ReturnsAFreshTokenAndAStreamUrlFromTheWatermark()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}?watermark=1", grant.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(grant.ConversationId, body.ConversationId);
        Assert.EndsWith("&watermark=1", body.StreamUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", body.Token)).StatusCode);
    }

    [Fact]
    public async Task Refresh_ReturnsAWorkingTokenForTheSameConversation()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", grant.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(grant.ConversationId, refreshed.ConversationId);
        Assert.NotEqual(grant.Token, refreshed.Token);
        Assert.Single((await app.GetActivitiesAsync(refreshed)).GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task Refresh_WithTheSecret_Is403()
    {
        await using var app = new DirectLineApp();

        using var response = await app.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", DirectLineApp.Secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Cors_AllowsConfiguredOrigins_AndNoOthers()
    {
        await using var app = new DirectLineApp(settings: new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://shop.example" });

        using var allowed = await PreflightAsync(app, "https://shop.example");
        using var refused = await PreflightAsync(app, "https://evil.example");

        Assert.Equal("https://shop.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(DirectLineApp app, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations/abc/activities");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return await app.Client.SendAsync(request);
    }
}
