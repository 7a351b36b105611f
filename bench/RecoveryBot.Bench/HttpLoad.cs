using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bench;

/// <summary>
/// <c>load</c>: starts the bot (its real entry point, SQLite store in a temp folder) and the bare Kestrel
/// floor as child processes on loopback, drives each with the same number of concurrent conversations
/// posting with <c>expectReplies</c>, and prints turns/s, latency, server CPU per turn and peak memory.
/// </summary>
internal static class HttpLoad
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static async Task RunAsync(TimeSpan duration, int conversations, bool quietBot, string store)
    {
        var folder = Path.Combine(Path.GetTempPath(), "recoverybot-bench", Guid.NewGuid().ToString("N"));
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = conversations * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        var botEnvironment = new Dictionary<string, string>
        {
            ["Storage__Kind"] = store,
            ["Storage__SqlitePath"] = Path.Combine(folder, "bench.db"),
        };
        if (quietBot)
        {
            botEnvironment["Logging__LogLevel__Default"] = "Warning";
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{conversations} concurrent conversations, expectReplies, {duration.TotalSeconds:F0} s per target after a warm-up; {Environment.ProcessorCount} cores shared by client and server; bot store: {store}; bot logging: {(quietBot ? "warnings only" : "as configured (Information)")}"));
        Console.WriteLine("target  turns/s   p50 ms   p99 ms   max ms   CPU ms/turn   peak MiB   errors");
        try
        {
            using (var bot = await ServedProcess.StartAsync("serve-bot", botEnvironment, client))
            {
                Print("bot", await MeasureAsync(bot, client, duration, conversations));
            }

            using var floor = await ServedProcess.StartAsync("serve-floor", new Dictionary<string, string>(), client);
            Print("floor", await MeasureAsync(floor, client, duration, conversations));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<LoadResult> MeasureAsync(ServedProcess server, HttpClient client, TimeSpan duration, int conversations)
    {
        var endpoint = new Uri(server.BaseAddress, "/api/messages");
        await DriveAsync(client, endpoint, TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds)), conversations, "warmup");
        var cpuBefore = server.CpuTime;
        var clock = Stopwatch.StartNew();
        var recorders = await DriveAsync(client, endpoint, duration, conversations, "run");
        var elapsed = clock.Elapsed;
        var cpu = server.CpuTime - cpuBefore;
        return new LoadResult(LatencyRecorder.Summarise(recorders), elapsed, cpu, server.PeakWorkingSetBytes);
    }

    private static async Task<LatencyRecorder[]> DriveAsync(HttpClient client, Uri endpoint, TimeSpan duration, int conversations, string phase)
    {
        using var stop = new CancellationTokenSource(duration);
        var recorders = Enumerable.Range(0, conversations).Select(_ => new LatencyRecorder()).ToArray();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(worker => Task.Run(async () =>
        {
            var lines = ConversationScript.Lines[worker % ConversationScript.Lines.Count];
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var conversationId = $"{phase}-{worker}-{turn / lines.Count}|livechat";
                var activity = ConversationScript.Message(conversationId, turn, lines[turn % lines.Count], "http://127.0.0.1:9");
                using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
                content.Headers.ContentType = Json;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(endpoint, content);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode)
                    {
                        recorders[worker].Record(started);
                    }
                    else
                    {
                        recorders[worker].RecordError();
                    }
                }
                catch (HttpRequestException)
                {
                    recorders[worker].RecordError();
                }
            }
        })));
        return recorders;
    }

    private static void Print(string target, LoadResult result)
    {
        var s = result.Latency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target,-6} {s.Turns / result.Elapsed.TotalSeconds,8:F0} {s.P50Ms,8:F2} {s.P99Ms,8:F2} {s.MaxMs,8:F1} {result.ServerCpu.TotalMilliseconds / Math.Max(1, s.Turns),13:F3} {result.PeakWorkingSetBytes / 1048576.0,10:F0} {s.Errors,8}"));
    }

    private sealed record LoadResult(LatencySummary Latency, TimeSpan Elapsed, TimeSpan ServerCpu, long PeakWorkingSetBytes);
}
