using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Bot.Protocol;

/// <summary>
/// A Bot Framework activity (schema v3.1). Read case-insensitively, written in camelCase with nulls
/// omitted (<see cref="ProtocolJson.Options"/>). Every member defaults to <see langword="null"/>.
/// Members this type does not model are kept in <see cref="Properties"/> and written back unchanged;
/// channel-defined payloads stay raw JSON.
/// </summary>
public sealed record Activity
{
    /// <summary>Activity type (<c>message</c>, <c>conversationUpdate</c>, …); required on input.</summary>
    public string? Type { get; init; }

    /// <summary>Channel-assigned id; never sent by the bot.</summary>
    public string? Id { get; init; }

    /// <summary>UTC time the channel received the activity. Unparsable values read as <see langword="null"/>.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time with its UTC offset. Unparsable values read as <see langword="null"/>.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone (Web Chat sends it).</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Base URL of the channel's Connector; replies go there. May or may not end in <c>/</c>.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Channel id: <c>emulator</c>, <c>directline</c>, <c>webchat</c>, <c>msteams</c>, …</summary>
    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>; absent means plain.</summary>
    public string? TextFormat { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public JsonElement? ReactionsAdded { get; init; }

    public JsonElement? ReactionsRemoved { get; init; }

    public string? TopicName { get; init; }

    public bool? HistoryDisclosed { get; init; }

    /// <summary>BCP-47 tag. Inbound it is only a hint: the Emulator sends <c>en-US</c> whatever is typed.</summary>
    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? Speak { get; init; }

    /// <summary><c>acceptingInput</c>, <c>expectingInput</c> or <c>ignoringInput</c> (<see cref="InputHints"/>).</summary>
    public string? InputHint { get; init; }

    public string? Summary { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Attachments array, raw.</summary>
    public JsonElement? Attachments { get; init; }

    /// <summary>Entities array, raw (Web Chat's <c>ClientCapabilities</c>, mentions, …).</summary>
    public JsonElement? Entities { get; init; }

    /// <summary>Channel-defined data, raw. The bot sends <c>expecting</c> and <c>recoveryPlan</c> here.</summary>
    public JsonElement? ChannelData { get; init; }

    public string? Action { get; init; }

    /// <summary>Id of the activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    public string? Label { get; init; }

    public string? ValueType { get; init; }

    /// <summary>Card submit, postBack, event or trace payload, raw.</summary>
    public JsonElement? Value { get; init; }

    public string? Name { get; init; }

    public JsonElement? RelatesTo { get; init; }

    public string? Code { get; init; }

    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Expiration { get; init; }

    public string? Importance { get; init; }

    /// <summary><c>normal</c> when absent; <c>expectReplies</c> returns the replies in the HTTP response.</summary>
    public string? DeliveryMode { get; init; }

    public JsonElement? ListenFor { get; init; }

    public JsonElement? TextHighlights { get; init; }

    public JsonElement? SemanticAction { get; init; }

    /// <summary>Set by the bot after authentication; ignored on input and never sent.</summary>
    public string? CallerId { get; init; }

    /// <summary>Members not modelled above, kept so that they round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
