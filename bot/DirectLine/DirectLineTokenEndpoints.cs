namespace RecoveryBot.Bot.DirectLine;

/// <summary><c>POST tokens/generate</c> (secret → a new conversation and its token) and <c>POST tokens/refresh</c> (token → a fresh one).</summary>
public sealed class DirectLineTokenEndpoints(
    DirectLineAuthorizer authorizer,
    DirectLineChannel channel,
    IDirectLineStore store,
    IDirectLineTokenService tokens)
{
    public async Task<IResult> GenerateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, refusal) = authorizer.Authorize(context, secretOnly: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var (request, problem) = await StartRequest.ReadAsync(context.Request, context.RequestAborted);
        if (request is null)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", problem!);
        }

        var conversation = await channel.CreateAsync(request.User?.Id, context.RequestAborted);
        var token = tokens.Issue(conversation.Id, conversation.UserId, TokenScope.Conversation);
        return DirectLineResults.Json(new ConversationResponse(conversation.Id, token.Value, token.ExpiresInSeconds));
    }

    public async Task<IResult> RefreshAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (caller, refusal) = authorizer.Authorize(context);
        if (refusal is not null)
        {
            return refusal;
        }

        if (caller!.Token is not { } current)
        {
            return authorizer.Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "Only a token can be refreshed; the secret does not expire.");
        }

        if (await store.GetAsync(current.ConversationId, context.RequestAborted) is null)
        {
            return authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.");
        }

        var token = tokens.Issue(current.ConversationId, current.UserId, TokenScope.Conversation);
        return DirectLineResults.Json(new ConversationResponse(current.ConversationId, token.Value, token.ExpiresInSeconds));
    }
}
