namespace RecoveryBot.Bot.Storage;

/// <summary>
/// A stored JSON document and its eTag. When writing, <see cref="ETag"/> is the condition:
/// <c>"*"</c> writes unconditionally, the stored eTag writes only over that version, and
/// <see langword="null"/> (the default) creates the key only if it does not exist yet.
/// </summary>
public sealed record StoreItem(string Value, string? ETag = null)
{
    /// <summary>The eTag that makes a write unconditional.</summary>
    public const string AnyETag = "*";
}
