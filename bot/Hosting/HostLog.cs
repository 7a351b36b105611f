namespace RecoveryBot.Bot.Hosting;

/// <summary>
/// Every log line the host writes. They carry ids, types, counts and timings only: never message text,
/// amounts or tokens.
/// </summary>
internal static partial class HostLog
{
    [LoggerMessage(1, LogLevel.Information, "Turn {ActivityType} in conversation {ConversationId}: {ReplyCount} replies in {ElapsedMs:F1} ms ({Outcome})")]
    public static partial void TurnCompleted(ILogger logger, string? activityType, string conversationId, int replyCount, double elapsedMs, string outcome);

    [LoggerMessage(2, LogLevel.Debug, "{ActivityType} in conversation {ConversationId} needs no turn")]
    public static partial void NoTurnNeeded(ILogger logger, string? activityType, string? conversationId);

    [LoggerMessage(3, LogLevel.Information, "Invoke {InvokeName} in conversation {ConversationId} has no handler")]
    public static partial void InvokeNotHandled(ILogger logger, string? invokeName, string? conversationId);

    [LoggerMessage(4, LogLevel.Warning, "Message text in conversation {ConversationId} cut from {Length} to {MaxLength} characters")]
    public static partial void TextTruncated(ILogger logger, string conversationId, int length, int maxLength);

    [LoggerMessage(5, LogLevel.Error, "Turn {ActivityType} failed in conversation {ConversationId}; the user gets an apology")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string conversationId);

    [LoggerMessage(6, LogLevel.Warning, "Delivering reply {ReplyNumber} of {ReplyCount} to conversation {ConversationId} failed ({Failure}); the rest are not sent")]
    public static partial void DeliveryFailed(ILogger logger, int replyNumber, int replyCount, string conversationId, string failure);

    [LoggerMessage(7, LogLevel.Information, "State {StateKey} changed during the turn; running it again (attempt {Attempt})")]
    public static partial void TurnRetried(ILogger logger, string stateKey, int attempt);

    [LoggerMessage(8, LogLevel.Warning, "Refused {ActivityType} for conversation {ConversationId} with 401: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? activityType, string? conversationId, string? reason);

    [LoggerMessage(9, LogLevel.Information, "MicrosoftAppId is empty: /api/messages accepts unauthenticated requests (open for the Emulator)")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(10, LogLevel.Information, "MicrosoftAppId is set ({AppType}): /api/messages requires a Bot Framework or Emulator token; replies carry the bot's own token")]
    public static partial void AuthenticatedMode(ILogger logger, string appType);

    [LoggerMessage(11, LogLevel.Information, "Conversation state is stored in SQLite at {Path}")]
    public static partial void SqliteStore(ILogger logger, string path);

    [LoggerMessage(12, LogLevel.Information, "Conversation state is kept in memory; it is lost when the bot stops")]
    public static partial void MemoryStore(ILogger logger);

    [LoggerMessage(13, LogLevel.Information, "Conversation state is stored in Redis; state expires {Days} days after its last change")]
    public static partial void RedisStore(ILogger logger, int days);

    [LoggerMessage(14, LogLevel.Information, "Deleted {Count} expired conversation states")]
    public static partial void ExpiredStateDeleted(ILogger logger, int count);

    [LoggerMessage(15, LogLevel.Warning, "Deleting expired conversation state failed; trying again later")]
    public static partial void ExpirySweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(16, LogLevel.Information, "Shutting down: waiting for {Count} turns in flight to finish")]
    public static partial void WaitingForTurns(ILogger logger, int count);

    [LoggerMessage(17, LogLevel.Warning, "Shutdown timeout reached with {Count} turns still in flight")]
    public static partial void TurnsCutShort(ILogger logger, int count);

    [LoggerMessage(18, LogLevel.Information, "Conversation {ConversationId} sent more than its rate allows; refused with 429 for {RetryAfterSeconds} s")]
    public static partial void RateLimited(ILogger logger, string conversationId, int retryAfterSeconds);

    [LoggerMessage(19, LogLevel.Warning, "Signing keys from {MetadataUrl} could not be fetched ({Failure}); keeping the keys already known")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataUrl, string failure);

    [LoggerMessage(20, LogLevel.Information, "Fetched {Count} signing keys from {MetadataUrl}")]
    public static partial void SigningKeysFetched(ILogger logger, int count, string metadataUrl);

    [LoggerMessage(21, LogLevel.Information, "Conversation {ConversationId}: the user asked for their data to be erased; its state was deleted")]
    public static partial void StateErased(ILogger logger, string conversationId);

    [LoggerMessage(22, LogLevel.Warning, "Requesting the bot's outbound token from {TokenEndpoint} failed ({Failure})")]
    public static partial void OutboundTokenFailed(ILogger logger, string tokenEndpoint, string failure);

    [LoggerMessage(23, LogLevel.Critical, "The knowledge repeats a known wrong claim, so the bot stops: {Finding}")]
    public static partial void KnowledgeRepeatsWrongClaim(ILogger logger, string finding);

    [LoggerMessage(24, LogLevel.Warning, "MicrosoftAppPassword is empty: inbound tokens are checked, but replies sent to a channel's Connector carry no token and will be refused; only expectReplies answers work")]
    public static partial void NoOutboundToken(ILogger logger);
}
