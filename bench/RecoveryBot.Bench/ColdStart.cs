using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bench;

/// <summary>
/// Time from starting the bot's process to the first reply to a real message (knowledge loading,
/// JIT and the first turn included), over several fresh processes.
/// </summary>
internal static class ColdStart
{
    public static async Task RunAsync(int runs)
    {
        using var client = new HttpClient();
        var timings = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("recoverybot-cold-");
            var environment = new Dictionary<string, string>
            {
                ["Storage__Kind"] = "sqlite",
                ["Storage__SqlitePath"] = Path.Combine(folder.FullName, "state.db"),
                ["Logging__LogLevel__Default"] = "Warning",
            };
            var clock = Stopwatch.StartNew();
            using (await ServedProcess.StartAsync("serve-bot", environment, client, FirstReplyArrives, TimeSpan.FromMilliseconds(5)))
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }

            folder.Delete(recursive: true);
        }

        timings.Sort();
        Console.WriteLine($"cold start to first reply over {runs} fresh processes: median {timings[timings.Count / 2]:F0} ms, min {timings[0]:F0} ms, max {timings[^1]:F0} ms");
    }

    private static async Task<bool> FirstReplyArrives(HttpClient client, Uri baseAddress)
    {
        var activity = ConversationScript.Message("cold-start", 1, ConversationScript.Lines[0][0], baseAddress.ToString());
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri(baseAddress, "/api/messages"), content);
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return body?["activities"]?.AsArray().Count > 0;
    }
}
