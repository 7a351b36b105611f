using System.Text.Json;
using RecoveryBot.Bot.Endpoints;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// <c>POST /api/token</c>, for the page the bot serves: no body → a new conversation and its token;
/// <c>{"conversationId":"…"}</c> with that conversation's current token as the bearer → a fresh token for it, so a
/// reload resumes. Same-origin only (a browser's cross-site request is refused) and rate limited per client
/// address. Third-party pages get tokens from their own server through tokens/generate instead.
/// </summary>
public sealed class PageTokenEndpoint(
    DirectLineAuthorizer authorizer,
    DirectLineChannel channel,
    IDirectLineStore store,
    IDirectLineTokenService tokens,
    TokenRequestLimiter limiter,
    ILogger<PageTokenEndpoint> logger)
{
    public const string Route = "/api/token";
    private const int MaxBodyBytes = 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
        {
            return authorizer.Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "Tokens are handed only to the bot's own page.");
        }

        if (!limiter.TryAcquire(context))
        {
            DirectLineLog.TokenRateLimited(logger, limiter.PermitLimit);
            context.Response.Headers.RetryAfter = "60";
            return DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many token requests; try again in a minute.");
        }

        var body = await RequestBodyReader.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body may be at most {MaxBodyBytes} bytes.");
        }

        string? resumeId;
        try
        {
            resumeId = body.Value.IsEmpty ? null : JsonSerializer.Deserialize<ResumeRequest>(body.Value.Span, ProtocolJson.Options)?.ConversationId;
        }
        catch (JsonException)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be empty or {\"conversationId\":\"…\"}.");
        }

        return string.IsNullOrEmpty(resumeId) ? await NewConversationAsync(context) : await ResumeAsync(context, resumeId);
    }

    private async Task<IResult> NewConversationAsync(HttpContext context)
    {
        var conversation = await channel.CreateAsync(userId: null, context.RequestAborted);
        var token = tokens.Issue(conversation.Id, conversation.UserId, TokenScope.Conversation);
        return DirectLineResults.Json(new ConversationResponse(conversation.Id, token.Value, token.ExpiresInSeconds));
    }

    private async Task<IResult> ResumeAsync(HttpContext context, string conversationId)
    {
        var (caller, refusal) = authorizer.Authorize(context);
        if (refusal is not null)
        {
            return refusal;
        }

        // The secret resumes nothing here: this endpoint is for browsers, which never hold it.
        if (caller!.Token is not { } current || !string.Equals(current.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return authorizer.ForbidOtherConversation(context);
        }

        if (await store.GetAsync(conversationId, context.RequestAborted) is null)
        {
            return authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.");
        }

        var token = tokens.Issue(current.ConversationId, current.UserId, TokenScope.Conversation);
        return DirectLineResults.Json(new ConversationResponse(current.ConversationId, token.Value, token.ExpiresInSeconds));
    }

    private sealed record ResumeRequest(string? ConversationId);
}
