namespace RecoveryBot.Bot.Protocol;

/// <summary>
/// A participant of a conversation (user, bot or channel). Every member is optional on the wire and
/// defaults to <see langword="null"/>; nulls are omitted when sent.
/// </summary>
public sealed record ChannelAccount
{
    /// <summary>Channel-specific opaque id, compared ordinally. Default <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>Display name. Default <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Azure AD object id (Teams). Default <see langword="null"/>.</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c>, <c>bot</c> or <c>skill</c>; Web Chat relies on <c>bot</c>. Default <see langword="null"/>.</summary>
    public string? Role { get; init; }
}
