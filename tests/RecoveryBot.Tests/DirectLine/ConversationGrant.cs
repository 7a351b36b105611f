using System.Text.Json;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>What a token response hands a client: the conversation, its token and (after a start) the stream URL.</summary>
internal sealed record ConversationGrant(string ConversationId, string Token, int ExpiresIn, string? StreamUrl = null)
{
    public static ConversationGrant From(JsonElement body) => new(
        body.GetProperty("conversationId").GetString()!,
        body.GetProperty("token").GetString()!,
        body.GetProperty("expires_in").GetInt32(),
        body.TryGetProperty("streamUrl", out var stream) ? stream.GetString() : null);
}
