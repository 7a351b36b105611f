using System.Text.Json.Nodes;

namespace RecoveryBot.Tests.Transcripts;

/// <summary>
/// Replays the Emulator transcripts in this folder against the whole bot: user activities are posted
/// (with expectReplies, at their own timestamps) and every bot activity in the file must come back in
/// order with the same type, text, input hint, suggested actions, expected slot and plan steps.
/// Set RECOVERYBOT_UPDATE_TRANSCRIPTS=1 to rewrite the bot side of every file from what the bot says
/// now; then read the diff before committing it.
/// </summary>
public class TranscriptReplayTests
{
    private static bool Updating => Environment.GetEnvironmentVariable("RECOVERYBOT_UPDATE_TRANSCRIPTS") == "1";

    public static IEnumerable<object[]> Transcripts => TranscriptFile.All();

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_ReplaysExactly(string name)
    {
        var script = TranscriptFile.Read(name);
        await using var bot = new TranscriptBot();
        var recorded = new List<JsonObject>();
        var pending = new Queue<JsonObject>();
        var step = 0;

        foreach (var activity in script)
        {
            step++;
            if (TranscriptFile.IsFromBot(activity))
            {
                if (!Updating)
                {
                    Assert.True(pending.Count > 0, $"{name}, activity {step}: the transcript expects \"{activity["text"]}\" but the bot sent nothing more.");
                    AssertSame(name, step, activity, pending.Dequeue());
                }

                continue;
            }

            Assert.True(Updating || pending.Count == 0, $"{name}, activity {step}: the bot sent more than the transcript expects: \"{pending.FirstOrDefault()?["text"]}\".");
            recorded.Add(activity);
            var replies = await bot.SendAsync(activity);
            foreach (var reply in replies)
            {
                pending.Enqueue(reply);
                recorded.Add(Stamped(reply, activity));
            }

            if (Updating)
            {
                pending.Clear();
            }
        }

        if (Updating)
        {
            TranscriptFile.Write(name, recorded);
            return;
        }

        Assert.True(pending.Count == 0, $"{name}: the bot sent more than the transcript expects: \"{pending.FirstOrDefault()?["text"]}\".");
        Assert.Contains(script, TranscriptFile.IsFromBot);
    }

    private static void AssertSame(string name, int step, JsonObject expected, JsonObject actual)
    {
        var where = $"{name}, activity {step}";
        Assert.True(Str(expected, "type") == Str(actual, "type"), $"{where}: type {Str(actual, "type")}, expected {Str(expected, "type")}");
        Assert.True(
            Str(expected, "text")?.Trim() == Str(actual, "text")?.Trim(),
            $"{where}: the bot said\n{Str(actual, "text")}\n\nbut the transcript expects\n{Str(expected, "text")}");
        Assert.True(Str(expected, "inputHint") == Str(actual, "inputHint"), $"{where}: inputHint {Str(actual, "inputHint")}, expected {Str(expected, "inputHint")}");
        Assert.True(Str(expected, "locale") == Str(actual, "locale"), $"{where}: locale {Str(actual, "locale")}, expected {Str(expected, "locale")}");
        Assert.Equal(Titles(expected), Titles(actual));
        Assert.True(
            expected["channelData"]?["expecting"]?.ToJsonString() == actual["channelData"]?["expecting"]?.ToJsonString(),
            $"{where}: expecting {actual["channelData"]?["expecting"]}, expected {expected["channelData"]?["expecting"]}");
        Assert.True(
            expected["channelData"]?["recoveryPlan"]?.ToJsonString() == actual["channelData"]?["recoveryPlan"]?.ToJsonString(),
            $"{where}: recoveryPlan\n{actual["channelData"]?["recoveryPlan"]}\nexpected\n{expected["channelData"]?["recoveryPlan"]}");
    }

    private static string? Str(JsonObject activity, string member) => activity[member]?.GetValue<string>();

    private static string[] Titles(JsonObject activity) =>
        [.. activity["suggestedActions"]?["actions"]?.AsArray().Select(a => a!["title"]!.GetValue<string>()) ?? []];

    /// <summary>A reply as the Emulator would save it: with the time it arrived.</summary>
    private static JsonObject Stamped(JsonObject reply, JsonObject inbound)
    {
        var copy = reply.DeepClone().AsObject();
        copy["timestamp"] = inbound["timestamp"]?.DeepClone();
        return copy;
    }
}
