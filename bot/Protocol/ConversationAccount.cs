namespace RecoveryBot.Bot.Protocol;

/// <summary>
/// The conversation an activity belongs to. All members default to <see langword="null"/> and are omitted
/// when null. <see cref="Id"/> may contain <c>|</c>, <c>:</c>, <c>@</c> or <c>;</c>.
/// </summary>
public sealed record ConversationAccount
{
    /// <summary>Opaque conversation id, compared ordinally. Default <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>Display name. Default <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Whether more than two participants take part. Default <see langword="null"/> (unknown).</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Channel-specific conversation type (Teams: <c>personal</c>, <c>channel</c>). Default <see langword="null"/>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>Tenant id (Teams). Default <see langword="null"/>.</summary>
    public string? TenantId { get; init; }

    /// <summary>Role of the conversation's owner. Default <see langword="null"/>.</summary>
    public string? Role { get; init; }
}
