using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: body → activity → authentication → turn → HTTP answer. Bad input gets a
/// ProblemDetails body (400, 413); 401 and 501 carry no body, as the SDK's adapter answers them.
/// </summary>
public sealed class MessagesEndpoint(
    ActivityProcessor processor,
    IRequestAuthenticator authenticator,
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

        if (ActivityValidator.Problem(activity) is { } problem)
        {
            return BadRequest(problem);
        }

        var authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization.FirstOrDefault(), activity!, cancellationToken);
        if (!authentication.IsAuthenticated)
        {
            HostLog.Unauthorized(logger, activity!.Type, activity.Conversation?.Id, authentication.FailureReason);
            return TypedResults.Unauthorized();
        }

        // The turn is not cut short when the caller hangs up: its state must be saved and its replies sent.
        var result = await processor.ProcessAsync(activity!, CancellationToken.None);
        return result.Body is null
            ? TypedResults.StatusCode(result.StatusCode)
            : TypedResults.Json(result.Body, ProtocolJson.Options, statusCode: result.StatusCode);
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: detail);
}
