namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// <c>POST conversations</c> (start: 201 when this call started it, 200 when it was running) and
/// <c>GET conversations/{id}?watermark=</c> (reconnect: a fresh token and a new <c>streamUrl</c> from that watermark).
/// </summary>
public sealed class DirectLineConversationEndpoints(
    DirectLineAuthorizer authorizer,
    DirectLineChannel channel,
    IDirectLineStore store,
    IDirectLineTokenService tokens)
{
    public async Task<IResult> StartAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (caller, refusal) = authorizer.Authorize(context);
        if (refusal is not null)
        {
            return refusal;
        }

        var (request, problem) = await StartRequest.ReadAsync(context.Request, context.RequestAborted);
        if (request is null)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", problem!);
        }

        var conversation = caller!.Token is { } token
            ? await store.GetAsync(token.ConversationId, context.RequestAborted)
            : await channel.CreateAsync(request.User?.Id, context.RequestAborted);
        if (conversation is null)
        {
            return authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.");
        }

        var started = await channel.StartAsync(conversation, request.ValidLocale, DirectLineUrls.ServiceUrl(context.Request), context.RequestAborted);
        return DirectLineResults.Json(Describe(context, conversation, watermark: null), started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public async Task<IResult> ReconnectAsync(HttpContext context, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, refusal) = authorizer.AuthorizeFor(context, conversationId);
        if (refusal is not null)
        {
            return refusal;
        }

        var conversation = await store.GetAsync(conversationId, context.RequestAborted);
        if (conversation is null)
        {
            return authorizer.Refuse(context, StatusCodes.Status404NotFound, "NotFound", "The conversation has ended.");
        }

        // A page that resumes a conversation it never started (closed before connecting) still gets the welcome.
        await channel.StartAsync(conversation, locale: null, DirectLineUrls.ServiceUrl(context.Request), context.RequestAborted);
        var watermark = DirectLineUrls.ParseWatermark(context.Request.Query["watermark"]);
        return DirectLineResults.Json(Describe(context, conversation, watermark));
    }

    private ConversationResponse Describe(HttpContext context, DirectLineConversation conversation, long? watermark)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId, TokenScope.Conversation);
        var streamToken = tokens.Issue(conversation.Id, conversation.UserId, TokenScope.Stream);
        return new ConversationResponse(
            conversation.Id,
            token.Value,
            token.ExpiresInSeconds,
            DirectLineUrls.StreamUrl(context.Request, conversation.Id, streamToken.Value, watermark));
    }
}
