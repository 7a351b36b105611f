using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>The WebSocket stream at a streamUrl: ActivitySet frames, resumption from a watermark, its credential, keep-alives.</summary>
public class DirectLineStreamTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Stream_SendsTheHistory_ThenEachNewActivity()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        using var socket = await ConnectAsync(app, grant.StreamUrl!);

        var history = await ReceiveActivitiesAsync(socket, 1);
        using (await app.PostMessageAsync(grant, ScriptedConversation.Ask))
        {
        }

        var after = await ReceiveActivitiesAsync(socket, 2);

        Assert.StartsWith(ScriptedConversation.Welcome, ClientTranscript.Text(history.Single()), StringComparison.Ordinal);
        Assert.Equal([ScriptedConversation.Ask, "turn 2 amount?"], after.Select(ClientTranscript.Text));
    }

    [Fact]
    public async Task Stream_FromAReconnectWatermark_SendsOnlyWhatCameAfter()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        using (await app.PostMessageAsync(grant, ScriptedConversation.Ask))
        {
        }

        using var reconnect = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}?watermark=2", grant.Token);
        var streamUrl = (await reconnect.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
        using var socket = await ConnectAsync(app, streamUrl);

        var missed = await ReceiveActivitiesAsync(socket, 1);

        Assert.Equal("turn 2 amount?", ClientTranscript.Text(missed.Single()));
    }

    [Fact]
    public async Task Stream_WithAForgedToken_IsRefused401()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(app, grant.StreamUrl!.Split("?t=")[0] + "?t=abc.def.ghi"));

        Assert.Contains("401", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_OfAnotherConversation_IsRefused403()
    {
        await using var app = new DirectLineApp();
        var victim = await app.StartAsync();
        var attacker = await app.StartAsync();
        var url = attacker.StreamUrl!.Replace(attacker.ConversationId, victim.ConversationId, StringComparison.Ordinal);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(app, url));

        Assert.Contains("403", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrl_ExpiresAfterAMinute()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var app = new DirectLineApp(time: time);
        var grant = await app.StartAsync();
        time.Advance(TimeSpan.FromSeconds(61));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(app, grant.StreamUrl!));

        Assert.Contains("403", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_IsClosedByTheServer_WhenATokenLifetimeHasPassed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var app = new DirectLineApp(time: time);
        var grant = await app.StartAsync();
        using var socket = await ConnectAsync(app, grant.StreamUrl!);
        await ReceiveActivitiesAsync(socket, 1);

        time.Advance(TimeSpan.FromSeconds(1800));
        var frame = await ReceiveFrameAsync(socket);

        Assert.Equal(WebSocketMessageType.Close, frame.Type);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Fact]
    public async Task Stream_SendsEmptyFrames_WhenIdle()
    {
        await using var app = new DirectLineApp(settings: new Dictionary<string, string?> { ["DirectLine:StreamKeepAliveSeconds"] = "1" });
        var grant = await app.StartAsync();
        using var socket = await ConnectAsync(app, grant.StreamUrl!);
        await ReceiveActivitiesAsync(socket, 1);

        var frame = await ReceiveFrameAsync(socket);

        Assert.Equal(WebSocketMessageType.Text, frame.Type);
        Assert.Equal(string.Empty, frame.Text);
    }

    [Fact]
    public async Task Stream_IgnoresTheClientsEmptyPings()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        using var socket = await ConnectAsync(app, grant.StreamUrl!);
        await ReceiveActivitiesAsync(socket, 1);

        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        using (await app.PostMessageAsync(grant, "x"))
        {
        }

        Assert.Equal(2, (await ReceiveActivitiesAsync(socket, 2)).Count);
    }

    [Fact]
    public async Task Stream_IsClosedAsGoingAway_WhenTheServerStops()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        using var socket = await ConnectAsync(app, grant.StreamUrl!);
        await ReceiveActivitiesAsync(socket, 1);

        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var frame = await ReceiveFrameAsync(socket);

        Assert.Equal(WebSocketMessageType.Close, frame.Type);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
    }

    [Fact]
    public async Task Stream_IsClosed_WhenTheStoreFails_SoTheClientReconnects()
    {
        await using var app = FlakyStore.App(out var store);
        var grant = await app.StartAsync();
        using var socket = await ConnectAsync(app, grant.StreamUrl!);
        await ReceiveActivitiesAsync(socket, 1);

        store().FailReads = true;
        using (await app.PostMessageAsync(grant, "x"))
        {
        }

        var frame = await ReceiveFrameAsync(socket);
        Assert.Equal(WebSocketMessageType.Close, frame.Type);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, socket.CloseStatus);
    }

    private static async Task<WebSocket> ConnectAsync(DirectLineApp app, string streamUrl)
    {
        var client = app.Server.CreateWebSocketClient();
        using var timeout = new CancellationTokenSource(Wait);
        return await client.ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    private static async Task<List<JsonElement>> ReceiveActivitiesAsync(WebSocket socket, int count)
    {
        var activities = new List<JsonElement>();
        while (activities.Count < count)
        {
            var frame = await ReceiveFrameAsync(socket);
            Assert.Equal(WebSocketMessageType.Text, frame.Type);
            if (frame.Text.Length == 0)
            {
                continue;
            }

            using var set = JsonDocument.Parse(frame.Text);
            Assert.Equal(JsonValueKind.String, set.RootElement.GetProperty("watermark").ValueKind);
            activities.AddRange(set.RootElement.GetProperty("activities").EnumerateArray().Select(activity => activity.Clone()));
        }

        return activities;
    }

    private static async Task<(WebSocketMessageType Type, string Text)> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var buffer = new byte[64 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            length += received.Count;
        }
        while (!received.EndOfMessage);

        return (received.MessageType, Encoding.UTF8.GetString(buffer, 0, length));
    }
}
