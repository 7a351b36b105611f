using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The stored JSON of a <see cref="StoredConversation"/>:
/// <c>{"format":"recoverybot.conversation","version":1,"state":{…},"answered":[…]}</c>. The conversation's
/// state keeps its own schema version inside. A bare state document (what the host stored before this
/// envelope) still reads, with nothing answered; anything unreadable or from a newer version starts over.
/// </summary>
public static class StoredConversationSerializer
{
    public const string Format = "recoverybot.conversation";
    public const int Version = 1;

    public static string Serialize(StoredConversation stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var document = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["state"] = JsonNode.Parse(ConversationStateSerializer.Serialize(stored.State)),
            ["answered"] = JsonSerializer.SerializeToNode(stored.Answered, ConversationStateSerializer.Options),
        };
        return document.ToJsonString();
    }

    public static StoredConversation Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return StoredConversation.New;
        }

        try
        {
            if (JsonNode.Parse(json) is not JsonObject document)
            {
                return StoredConversation.New;
            }

            if (document["format"]?.GetValueKind() != JsonValueKind.String || document["format"]!.GetValue<string>() != Format)
            {
                return new StoredConversation(ConversationStateSerializer.Deserialize(json), []);
            }

            if (document["version"]?.GetValueKind() != JsonValueKind.Number || document["version"]!.GetValue<int>() > Version)
            {
                return StoredConversation.New;
            }

            var state = ConversationStateSerializer.Deserialize(document["state"]?.ToJsonString());
            var answered = document["answered"]?.Deserialize<List<AnsweredActivity>>(ConversationStateSerializer.Options) ?? [];
            return new StoredConversation(state, answered);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return StoredConversation.New;
        }
    }
}
