using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// The WebSocket stream at a <c>streamUrl</c>: first the activities after the URL's watermark, then every new
/// one as it is stored, each batch one ActivitySet text frame. An empty frame goes out when nothing has been
/// sent for a while (directlinejs sends empty frames too, and they are ignored). The socket is closed when the
/// conversation is forgotten and after a token lifetime, so a client re-authorises with a fresh token
/// (directlinejs reconnects on its own), and when the server stops. The URL's stream token is the only credential (browsers cannot set
/// headers on a WebSocket) and is short-lived.
/// </summary>
public sealed class DirectLineStreamEndpoint(
    IDirectLineStore store,
    IDirectLineTokenService tokens,
    DirectLineAuthorizer authorizer,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<DirectLineStreamEndpoint> logger)
{
    private const string ConversationForgotten = "conversation forgotten";
    private const string ServerStopping = "server stopping";
    private const string StoreFailed = "store failed";

    public async Task<IResult> HandleAsync(HttpContext context, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return authorizer.Refuse(context, StatusCodes.Status400BadRequest, "BadArgument", "This address takes WebSocket connections only.");
        }

        var check = tokens.Check(context.Request.Query["t"], TokenScope.Stream);
        if (check.Status == TokenCheckStatus.Expired)
        {
            return authorizer.Refuse(context, StatusCodes.Status403Forbidden, "TokenExpired", "The stream URL has expired.");
        }

        if (!check.IsValid)
        {
            return authorizer.Refuse(context, StatusCodes.Status401Unauthorized, "BadToken", "The stream URL is not valid.");
        }

        if (!string.Equals(check.Token!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return authorizer.ForbidOtherConversation(context);
        }

        if (await store.GetAsync(conversationId, context.RequestAborted) is null)
        {
            return authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await StreamAsync(socket, conversationId, DirectLineUrls.ParseWatermark(context.Request.Query["watermark"]), context.RequestAborted);
        return Results.Empty;
    }

    private async Task StreamAsync(WebSocket socket, string conversationId, long watermark, CancellationToken aborted)
    {
        using var tokenLifetime = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds), timeProvider);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, tokenLifetime.Token, lifetime.ApplicationStopping);
        using var appended = new SemaphoreSlim(0, 1);
        using var subscription = store.Subscribe(conversationId, () => Signal(appended));
        var receiving = ReceiveUntilClosedAsync(socket, stop);
        var keepAlive = TimeSpan.FromSeconds(options.Value.StreamKeepAliveSeconds);
        var frames = 0;
        var reason = "client closed";
        DirectLineLog.StreamOpened(logger, conversationId, watermark);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var page = await store.ReadAsync(conversationId, watermark, stop.Token);
                if (page is null)
                {
                    reason = ConversationForgotten;
                    break;
                }

                if (page.Activities.Count > 0)
                {
                    await socket.SendAsync(ActivitySetWriter.Write(page), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    frames++;
                    watermark = page.Watermark;
                }
                else if (page.Watermark > watermark)
                {
                    watermark = page.Watermark;
                }

                if (!await appended.WaitAsync(keepAlive, stop.Token))
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            reason = tokenLifetime.IsCancellationRequested ? "token lifetime reached"
                : lifetime.ApplicationStopping.IsCancellationRequested ? ServerStopping
                : "client closed";
        }
        catch (WebSocketException)
        {
            reason = "connection lost";
        }
        catch (Exception exception)
        {
            // A failing store must not leave the client waiting on a silent socket: it reconnects and retries.
            DirectLineLog.ReadFailed(logger, exception, conversationId);
            reason = StoreFailed;
        }

        await CloseAsync(socket, reason);
        await stop.CancelAsync();
        await receiving;
        DirectLineLog.StreamClosed(logger, conversationId, frames, reason);
    }

    private static void Signal(SemaphoreSlim appended)
    {
        try
        {
            appended.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up reads everything appended since.
        }
    }

    /// <summary>Reads (and ignores) what the client sends, and stops the stream when it closes or the connection drops.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closing either way.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            var status = reason switch
            {
                ConversationForgotten or ServerStopping => WebSocketCloseStatus.EndpointUnavailable,
                StoreFailed => WebSocketCloseStatus.InternalServerError,
                _ => WebSocketCloseStatus.NormalClosure,
            };
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The peer is gone already.
        }
    }
}
