namespace RecoveryBot.Bot.Protocol;

/// <summary>The 200 response body for an inbound activity with <c>deliveryMode: expectReplies</c>.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
