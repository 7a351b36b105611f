using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: body → activity → authentication → rate limit → turn → HTTP answer. Bad input
/// gets a ProblemDetails body (400, 413), a flooding conversation 429 with <c>Retry-After</c>; 401 and 501
/// carry no body, as the SDK's adapter answers them.
/// </summary>
public sealed class MessagesEndpoint(
    ActivityProcessor processor,
    IRequestAuthenticator authenticator,
    ConversationRateLimiter rateLimiter,
    BotMetrics metrics,
    IOptions<BotHostOptions> options,
    ILogger<MessagesEndpoint> logger)
{
    public const string Route = "/api/messages";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var limit = options.Value.MaxRequestBodyBytes;
        var body = await RequestBodyReader.ReadAsync(context.Request, limit, cancellationToken);
        if (body is null)
        {
            metrics.Rejected(RejectionReasons.TooLarge);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Activity too large",
                detail: $"The request body is larger than {limit} bytes.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Value.Span, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            return BadRequest($"The body is not a valid activity: {exception.Message}");
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return BadRequest("The body is not a valid activity.");
        }

        if (ActivityValidator.Problem(activity) is { } problem)
        {
            return BadRequest(problem);
        }

        var authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization.FirstOrDefault(), activity!, cancellationToken);
        if (!authentication.IsAuthenticated)
        {
            HostLog.Unauthorized(logger, activity!.Type, activity.Conversation?.Id, authentication.FailureReason);
            metrics.Rejected(RejectionReasons.Unauthorized);
            return TypedResults.Unauthorized();
        }

        if (TurnInputMapper.StartsATurn(activity!) && rateLimiter.TryAcquire(ConversationStateKeys.For(activity!.ChannelId, activity.Conversation!.Id!)) is { } wait)
        {
            return TooManyRequests(context, activity.Conversation.Id!, wait);
        }

        // The turn is not cut short when the caller hangs up: its state must be saved and its replies sent.
        var result = await processor.ProcessAsync(activity!, CancellationToken.None);
        return result.Body is null
            ? TypedResults.StatusCode(result.StatusCode)
            : TypedResults.Json(result.Body, ProtocolJson.Options, statusCode: result.StatusCode);
    }

    private ProblemHttpResult BadRequest(string detail)
    {
        metrics.Rejected(RejectionReasons.BadRequest);
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: detail);
    }

    private ProblemHttpResult TooManyRequests(HttpContext context, string conversationId, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
        HostLog.RateLimited(logger, conversationId, seconds);
        metrics.Rejected(RejectionReasons.RateLimited);
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many messages",
            detail: $"This conversation sent more than {options.Value.RateLimitPerMinute} messages a minute. Try again in {seconds} s.");
    }
}
