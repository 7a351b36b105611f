namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Every log line of the Direct Line channel: conversation ids, counts, reasons and timings only; never message
/// text, tokens, the secret or client addresses.
/// </summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(101, LogLevel.Warning, "DirectLine:Secret is empty: a secret was made for this run only; tokens will not survive a restart and other instances will not accept them")]
    public static partial void SecretGenerated(ILogger logger);

    [LoggerMessage(102, LogLevel.Information, "Direct Line conversation {ConversationId} forgotten to stay within limits ({Count} conversations, {Bytes} bytes left)")]
    public static partial void ConversationForgotten(ILogger logger, string conversationId, int count, long bytes);

    [LoggerMessage(103, LogLevel.Information, "Direct Line conversation {ConversationId} started; {ReplyCount} welcome activities")]
    public static partial void ConversationStarted(ILogger logger, string conversationId, int replyCount);

    [LoggerMessage(104, LogLevel.Information, "Direct Line {Method} {Route} refused with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, string method, string route, int statusCode, string reason);

    [LoggerMessage(105, LogLevel.Error, "Reading the activities of Direct Line conversation {ConversationId} failed; the client gets an empty set and polls again")]
    public static partial void ReadFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(106, LogLevel.Error, "A {ActivityType} posted to Direct Line conversation {ConversationId} could not be handled")]
    public static partial void PostFailed(ILogger logger, Exception exception, string? activityType, string conversationId);

    [LoggerMessage(107, LogLevel.Debug, "Direct Line stream of conversation {ConversationId} opened from watermark {Watermark}")]
    public static partial void StreamOpened(ILogger logger, string conversationId, long watermark);

    [LoggerMessage(108, LogLevel.Debug, "Direct Line stream of conversation {ConversationId} closed after {Frames} frames: {Reason}")]
    public static partial void StreamClosed(ILogger logger, string conversationId, int frames, string reason);

    [LoggerMessage(109, LogLevel.Warning, "The Web Chat bundle is missing at {Path}: the page at / cannot load; run 'npm ci' in web/ (a build does it when node_modules is missing)")]
    public static partial void BundleMissing(ILogger logger, string path);

    [LoggerMessage(110, LogLevel.Information, "POST /api/token refused with 429: a client address went over {PermitLimit} requests per minute")]
    public static partial void TokenRateLimited(ILogger logger, int permitLimit);
}
