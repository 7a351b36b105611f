namespace RecoveryBot.Bot.Storage;

/// <summary>What a write's eTag asks for; shared so both stores read an eTag the same way.</summary>
internal enum WriteCondition
{
    Unconditional,
    CreateOnly,
    MatchETag,
}

internal static class WriteConditions
{
    public static WriteCondition Of(StoreItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Value);
        return item.ETag switch
        {
            null => WriteCondition.CreateOnly,
            StoreItem.AnyETag => WriteCondition.Unconditional,
            "" => throw new ArgumentException("An empty eTag is not a condition; use null (create only) or \"*\" (any)."),
            _ => WriteCondition.MatchETag,
        };
    }
}
