namespace RecoveryBot.Bot.FollowUps;

/// <summary>Log lines of follow-ups: ids, steps, outcomes and counts, never what the user wrote.</summary>
internal static partial class FollowUpLog
{
    [LoggerMessage(301, LogLevel.Information, "Follow-up {StepId} to conversation {ConversationId} (attempt {Attempt}): {Outcome}")]
    public static partial void Handled(ILogger logger, string stepId, string conversationId, int attempt, string outcome);

    [LoggerMessage(302, LogLevel.Warning, "Follow-up {StepId} to conversation {ConversationId} failed (attempt {Attempt}); next try at {RetryAt:O}")]
    public static partial void WillRetry(ILogger logger, string stepId, string conversationId, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(303, LogLevel.Error, "Follow-up turn for conversation {ConversationId} threw")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(304, LogLevel.Error, "Claiming due follow-ups failed; trying again at the next poll")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(305, LogLevel.Error, "Scheduling the follow-ups of {StateKey} failed; the next turn schedules them again")]
    public static partial void ScheduleFailed(ILogger logger, Exception exception, string stateKey);

    [LoggerMessage(306, LogLevel.Information, "Follow-ups are sent by this instance ({Owner}), polling every {PollSeconds} s")]
    public static partial void Started(ILogger logger, string owner, double pollSeconds);
}
