using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Bot.Protocol;

/// <summary>
/// Wire settings shared by everything the bot reads or writes: camelCase out, any casing in, nulls
/// omitted, enums as camelCase strings (as in <c>channelData.expecting</c> and the plan contract).
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
