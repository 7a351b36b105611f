namespace RecoveryBot.Bot.FollowUps;

/// <summary>The <c>outcome</c> tag of <c>recoverybot.followups</c>.</summary>
public static class FollowUpOutcomes
{
    /// <summary>The channel took the message.</summary>
    public const string Sent = "sent";

    /// <summary>The conversation no longer wanted it (answered, moved on, finished, restarted, turned off, erased).</summary>
    public const string Stale = "stale";

    /// <summary>The channel said the conversation is gone (4xx); its follow-ups are dropped.</summary>
    public const string Gone = "gone";

    /// <summary>The channel or the store failed; tried again after a pause.</summary>
    public const string Retried = "retried";

    /// <summary>Failed on every attempt; dropped.</summary>
    public const string GaveUp = "gave_up";
}
