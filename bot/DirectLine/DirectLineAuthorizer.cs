using Microsoft.AspNetCore.Http.HttpResults;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Reads <c>Authorization: Bearer …</c> as either the secret or a conversation token. Refusals follow what
/// directlinejs expects: 401 for a missing or forged credential, 403 for an expired token or another
/// conversation's (directlinejs then reports <c>ExpiredToken</c> and waits for a new token).
/// </summary>
public sealed class DirectLineAuthorizer(DirectLineSecret secret, IDirectLineTokenService tokens, ILogger<DirectLineAuthorizer> logger)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The caller, or the result that refuses it.</summary>
    public (DirectLineCaller? Caller, IResult? Refusal) Authorize(HttpContext context, bool secretOnly = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Refuse(context, StatusCodes.Status401Unauthorized, "MissingCredentials", "An Authorization: Bearer header with the Direct Line secret or a token is required."));
        }

        var credential = header[BearerPrefix.Length..].Trim();
        if (secret.Matches(credential))
        {
            return (DirectLineCaller.Secret, null);
        }

        if (secretOnly)
        {
            return (null, Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "This operation needs the Direct Line secret."));
        }

        var check = tokens.Check(credential, TokenScope.Conversation);
        return check.Status switch
        {
            TokenCheckStatus.Valid => (new DirectLineCaller(false, check.Token), null),
            TokenCheckStatus.Expired => (null, Refuse(context, StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")),
            _ => (null, Refuse(context, StatusCodes.Status401Unauthorized, "BadToken", "The token is not valid.")),
        };
    }

    /// <summary>The caller of a conversation's route, or the refusal: no valid credential, or a token of another conversation.</summary>
    public (DirectLineCaller? Caller, IResult? Refusal) AuthorizeFor(HttpContext context, string conversationId)
    {
        var (caller, refusal) = Authorize(context);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        return caller!.MayAccess(conversationId) ? (caller, null) : (null, ForbidOtherConversation(context));
    }

    /// <summary>403 for a caller whose token belongs to another conversation.</summary>
    public IResult ForbidOtherConversation(HttpContext context) =>
        Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant access to this conversation.");

    /// <summary>Logs the refusal (route template, status, code: nothing the caller sent) and builds its error body.</summary>
    public IResult Refuse(HttpContext context, int statusCode, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "?";
        DirectLineLog.Refused(logger, context.Request.Method, route, statusCode, code);
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return DirectLineResults.Error(statusCode, code, message);
    }
}
