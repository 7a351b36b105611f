namespace RecoveryBot.Bot.FollowUps;

/// <summary>What a channel made of a follow-up.</summary>
public enum DeliveryResult
{
    /// <summary>The channel took it (or had it already, from an earlier attempt).</summary>
    Delivered,

    /// <summary>The conversation is gone (the channel answered 4xx, or forgot it): nothing more will be sent to it.</summary>
    Gone,

    /// <summary>The channel failed (5xx, a timeout, a network error): try again later.</summary>
    Failed,
}
