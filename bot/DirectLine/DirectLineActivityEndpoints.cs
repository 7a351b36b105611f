using System.Text.Json;
using RecoveryBot.Bot.Endpoints;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// <c>GET conversations/{id}/activities?watermark=</c> (polling) and <c>POST conversations/{id}/activities</c>.
/// GET never answers 5xx: directlinejs stops polling for good on any status but 403 and 404.
/// </summary>
public sealed class DirectLineActivityEndpoints(
    DirectLineAuthorizer authorizer,
    DirectLineChannel channel,
    IDirectLineStore store,
    ConversationRateLimiter rateLimiter,
    BotMetrics metrics,
    IOptions<DirectLineOptions> options,
    IOptions<BotHostOptions> hostOptions,
    ILogger<DirectLineActivityEndpoints> logger)
{
    public async Task<IResult> GetAsync(HttpContext context, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, refusal) = authorizer.AuthorizeFor(context, conversationId);
        if (refusal is not null)
        {
            return refusal;
        }

        var watermark = DirectLineUrls.ParseWatermark(context.Request.Query["watermark"]);
        try
        {
            var page = await store.ReadAsync(conversationId, watermark, context.RequestAborted);
            return page is null
                ? authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.")
                : DirectLineResults.ActivitySet(ActivitySetWriter.Write(page));
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            DirectLineLog.ReadFailed(logger, exception, conversationId);
            return DirectLineResults.ActivitySet(ActivitySetWriter.Write(new ActivityPage([], watermark)));
        }
    }

    public async Task<IResult> PostAsync(HttpContext context, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, refusal) = authorizer.AuthorizeFor(context, conversationId);
        if (refusal is not null)
        {
            return refusal;
        }

        var limit = options.Value.MaxActivityBytes;
        var body = await RequestBodyReader.ReadAsync(context.Request, limit, context.RequestAborted);
        if (body is null)
        {
            return authorizer.Refuse(context, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {limit} bytes.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Value.Span, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return authorizer.Refuse(context, StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity with a type.");
        }

        // The page is the most exposed way in: the same per-conversation limit as /api/messages.
        if (TurnInputMapper.Is(activity, ActivityTypes.Message) && rateLimiter.TryAcquire(ConversationStateKeys.For(Channels.DirectLine, conversationId)) is { } wait)
        {
            var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            metrics.Rejected(RejectionReasons.RateLimited);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return authorizer.Refuse(context, StatusCodes.Status429TooManyRequests, "TooManyRequests", $"More than {hostOptions.Value.RateLimitPerMinute} messages a minute. Try again in {seconds} s.");
        }

        var conversation = await store.GetAsync(conversationId, context.RequestAborted);
        if (conversation is null)
        {
            return authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.");
        }

        try
        {
            var id = await channel.PostAsync(conversation, activity, DirectLineUrls.ServiceUrl(context.Request), context.RequestAborted);
            return id is null
                ? authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.")
                : DirectLineResults.Json(new ResourceResponse(id));
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The Azure service answers a failing bot with 502; directlinejs then offers a retry.
            DirectLineLog.PostFailed(logger, exception, activity.Type, conversationId);
            return DirectLineResults.Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not handle the activity.");
        }
    }

    private sealed record ResourceResponse(string Id);
}
