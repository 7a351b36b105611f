namespace RecoveryBot.Bot.DirectLine;

/// <summary>Who is calling the Direct Line API: the holder of the secret (any conversation), or of one conversation's token.</summary>
public sealed record DirectLineCaller(bool HasSecret, DirectLineToken? Token)
{
    public static DirectLineCaller Secret { get; } = new(true, null);

    /// <summary>Whether this caller may read and post to <paramref name="conversationId"/>.</summary>
    public bool MayAccess(string conversationId) =>
        HasSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
