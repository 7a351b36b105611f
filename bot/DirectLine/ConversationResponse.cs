using System.Text.Json.Serialization;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// The body of tokens/generate, tokens/refresh, conversations (start and reconnect) and <c>/api/token</c>.
/// <c>expires_in</c> keeps the service's snake case; <c>streamUrl</c> is left out where it does not apply.
/// </summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
