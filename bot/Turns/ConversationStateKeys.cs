namespace RecoveryBot.Bot.Turns;

/// <summary>
/// Storage keys for conversation state, shaped like Bot Builder's <c>{channelId}/conversations/{conversationId}</c>.
/// Both ids are data-escaped so that a <c>/</c> inside an id can never make two conversations share a key.
/// </summary>
public static class ConversationStateKeys
{
    public static string For(string? channelId, string conversationId) =>
        Uri.EscapeDataString(channelId ?? "") + "/conversations/" + Uri.EscapeDataString(conversationId);
}
