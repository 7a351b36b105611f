using System.Text.Json;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>The stored form of a follow-up's fixed part (all but attempts and lease), as JSON.</summary>
internal static class FollowUpRecord
{
    public static string Serialize(FollowUp followUp) => JsonSerializer.Serialize(followUp with { Attempts = 0 }, ProtocolJson.Options);

    public static FollowUp Deserialize(string json, int attempts) =>
        (JsonSerializer.Deserialize<FollowUp>(json, ProtocolJson.Options) ?? throw new JsonException("empty follow-up record")) with { Attempts = attempts };

    public static long Milliseconds(DateTimeOffset moment) => moment.ToUnixTimeMilliseconds();
}
