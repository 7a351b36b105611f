namespace RecoveryBot.Bot.Protocol;

/// <summary>
/// Quick replies shown under a bot message until the user answers. <see cref="To"/> null or empty
/// (the default) shows them to everyone.
/// </summary>
public sealed record SuggestedActions
{
    /// <summary>Ids of the recipients who see the actions. Default <see langword="null"/> (everyone).</summary>
    public IReadOnlyList<string>? To { get; init; }

    /// <summary>The actions. Default empty.</summary>
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
