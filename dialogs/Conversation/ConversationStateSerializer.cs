using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The stored form of <see cref="ConversationState"/>: camelCase JSON with enum names.</summary>
public static class ConversationStateSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>
    /// Reads stored state. Unreadable or future-version state is not guessed at: the conversation starts over.
    /// </summary>
    public static ConversationState Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ConversationState.New;
        }

        try
        {
            var state = JsonSerializer.Deserialize<ConversationState>(json, Options);
            return state is null || state.SchemaVersion > ConversationState.CurrentSchemaVersion
                ? ConversationState.New
                : state;
        }
        catch (JsonException)
        {
            return ConversationState.New;
        }
    }
}
