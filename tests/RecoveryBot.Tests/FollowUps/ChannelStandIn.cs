using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>One request the bot made to the channel, when it came, and whether the channel answered it (200).</summary>
internal sealed record ChannelRequest(string Path, string? ContentType, JsonNode Activity, TimeSpan At, bool Acknowledged);

/// <summary>
/// A small HTTP server on a free loopback port standing in as a conversation's <c>serviceUrl</c>: it takes the
/// Connector calls (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>), records them, and answers 200 —
/// except that it can hold the first follow-up without ever answering (the bot that sent it is then killed).
/// </summary>
internal sealed class ChannelStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _followUpsSeen;

    private ChannelStandIn(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    public ConcurrentQueue<ChannelRequest> Requests { get; } = new();

    /// <summary>Never answer the first follow-up (it stays unacknowledged).</summary>
    public bool HoldFirstFollowUp { get; init; }

    /// <summary>Completes when the first follow-up arrived and is being held.</summary>
    public Task FirstFollowUpHeld => _held.Task;

    public TimeSpan Elapsed => _clock.Elapsed;

    public IEnumerable<ChannelRequest> FollowUps => Requests.Where(r => r.Activity["channelData"]?["followUp"] is not null);

    public static async Task<ChannelStandIn> StartAsync(bool holdFirstFollowUp = false)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new ChannelStandIn(app, port) { HoldFirstFollowUp = holdFirstFollowUp };
        app.MapPost("/v3/conversations/{**rest}", (Delegate)standIn.ReceiveAsync);
        await app.StartAsync();
        return standIn;
    }

    /// <summary>Waits until <paramref name="condition"/> holds over the requests, up to <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForAsync(Func<ChannelStandIn, bool> condition, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!condition(this))
        {
            if (waited.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _held.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var activity = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        // As sent, escapes and all: ids with "|" must arrive data-escaped.
        var path = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        var isFollowUp = activity["channelData"]?["followUp"] is not null;
        if (isFollowUp && HoldFirstFollowUp && Interlocked.Increment(ref _followUpsSeen) == 1)
        {
            Requests.Enqueue(new ChannelRequest(path, context.Request.ContentType, activity, _clock.Elapsed, Acknowledged: false));
            _held.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        Requests.Enqueue(new ChannelRequest(path, context.Request.ContentType, activity, _clock.Elapsed, Acknowledged: true));
        return Results.Json(new { id = "channel-" + Requests.Count });
    }
}
