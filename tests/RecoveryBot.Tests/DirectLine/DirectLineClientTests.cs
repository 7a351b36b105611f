using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecoveryBot.Bot.DirectLine;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>
/// The npm <c>botframework-directlinejs</c> client (Node, with <c>xhr2</c> and <c>ws</c>) holds whole conversations
/// with the real bot over a loopback socket, polling and over the WebSocket stream.
/// </summary>
public sealed class DirectLineClientTests(KestrelBotFixture fixture, ITestOutputHelper output) : IClassFixture<KestrelBotFixture>
{
    public const string Situation = "我三个小时前转错了500块给一个不认识的人，他还没收款";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private DirectLineApp App => fixture.App;

    [Fact]
    public async Task Polling_HoldsAWholeConversation_UpToThePlan()
    {
        var grant = await PageTokenAsync();

        var run = await RunClientAsync(grant, webSocket: false, [Situation, "对"]);

        run.AssertSucceeded();
        var transcript = new ClientTranscript(run.Result);
        transcript.AssertWellFormed();
        Assert.Equal("bot", ClientTranscript.Role(transcript.Activities[0]));
        transcript.AssertPlanReached();
        Assert.Equal("Ended", transcript.Statuses[^1]);
    }

    [Fact]
    public async Task WebSocket_HoldsAWholeConversation_UpToThePlan()
    {
        var grant = await App.GenerateAsync();

        var run = await RunClientAsync(grant, webSocket: true, [Situation, "对", "还在等"]);

        run.AssertSucceeded();
        var transcript = new ClientTranscript(run.Result);
        transcript.AssertWellFormed();
        transcript.AssertPlanReached();
        Assert.Contains(App.Logs.Lines, line => line.Contains($"stream of conversation {grant.ConversationId} opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconnect_WithTheConversationId_ReplaysTheHistoryAndGoesOn()
    {
        var first = await PageTokenAsync();
        (await RunClientAsync(first, webSocket: false, [Situation])).AssertSucceeded();
        var resumed = await ResumeAsync(first);

        var run = await RunClientAsync(resumed, webSocket: true, ["对"], conversationId: first.ConversationId);

        run.AssertSucceeded();
        var transcript = new ClientTranscript(run.Result);
        transcript.AssertWellFormed();
        Assert.Single(transcript.FromBot, activity => ClientTranscript.Text(activity).StartsWith("你好", StringComparison.Ordinal));
        Assert.Contains(transcript.Activities, activity => ClientTranscript.Text(activity) == Situation);
        transcript.AssertPlanReached();
    }

    [Fact]
    public async Task UnknownConversation_FailsToConnect()
    {
        var token = App.Tokens.Issue("NoSuchConversation", "dl_nobody", TokenScope.Conversation);

        var run = await RunClientAsync(new ConversationGrant("NoSuchConversation", token.Value, token.ExpiresInSeconds), webSocket: false, [], conversationId: "NoSuchConversation", timeoutMs: 3000);

        Assert.Contains("FailedToConnect", new ClientTranscript(run.Result).Statuses);
    }

    private async Task<NodeRun> RunClientAsync(ConversationGrant grant, bool webSocket, string[] messages, string? conversationId = null, int timeoutMs = 20000)
    {
        var run = await NodeClient.RunAsync(
            "directline-conversation.mjs",
            new { domain = App.Domain, token = grant.Token, conversationId, webSocket, pollingInterval = 200, messages, timeoutMs },
            Timeout);
        output.WriteLine($"directlinejs ({(webSocket ? "WebSocket" : "polling")}): {messages.Length} turns, {run.Result.GetProperty("activities").GetArrayLength()} activities in {run.Elapsed.TotalMilliseconds:F0} ms");
        return run;
    }

    private async Task<ConversationGrant> PageTokenAsync()
    {
        using var response = await App.Client.PostAsync(new Uri("/api/token", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<ConversationGrant> ResumeAsync(ConversationGrant grant)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/token") { Content = JsonContent.Create(new { conversationId = grant.ConversationId }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", grant.Token);
        using var response = await App.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
