namespace RecoveryBot.Bot.Hosting;

/// <summary>
/// Every log line the host writes. They carry ids, types, counts and timings only: never message text,
/// amounts or tokens.
/// </summary>
internal static partial class HostLog
{
    [LoggerMessage(1, LogLevel.Information, "Turn {ActivityType} in conversation {ConversationId}: {ReplyCount} replies in {ElapsedMs:F1} ms")]
    public static partial void TurnCompleted(ILogger logger, string? activityType, string conversationId, int replyCount, double elapsedMs);

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

    [LoggerMessage(10, LogLevel.Warning, "MicrosoftAppId is set, but Bot Framework token validation is not implemented yet: every request to /api/messages is refused with 401")]
    public static partial void FailClosedMode(ILogger logger);

    [LoggerMessage(11, LogLevel.Information, "Conversation state is stored in SQLite at {Path}")]
    public static partial void SqliteStore(ILogger logger, string path);

    [LoggerMessage(12, LogLevel.Information, "Conversation state is kept in memory; it is lost when the bot stops")]
    public static partial void MemoryStore(ILogger logger);
}
