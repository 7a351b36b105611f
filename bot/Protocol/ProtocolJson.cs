using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace RecoveryBot.Bot.Protocol;

/// <summary>
/// Wire settings shared by everything the bot reads or writes: camelCase out, any casing in, nulls
/// omitted, enums as camelCase strings (as in <c>channelData.expecting</c> and the plan contract), and
/// Chinese written as UTF-8 rather than <c>\uXXXX</c> escapes (HTML-sensitive characters stay escaped).
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
