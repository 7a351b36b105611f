using System.Diagnostics;
using System.Globalization;
using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Bench;

/// <summary><c>inproc</c>: whole turns one after another for a while; prints the latency distribution.</summary>
internal static class InProcessLatency
{
    /// <param name="concurrency">Conversations driven at once; each owns its own slice of the 64 conversations.</param>
    public static async Task RunAsync(TimeSpan duration, StorageKind storageKind, int concurrency)
    {
        using var bot = new InProcessBot(storageKind);
        for (var i = 0; i < 2000; i++)
        {
            await bot.TurnAsync(i % 64);
        }

        var recorders = Enumerable.Range(0, concurrency).Select(_ => new LatencyRecorder()).ToArray();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await bot.TurnAsync(worker + (concurrency * (i % (64 / concurrency))));
                recorders[worker].Record(started);
            }
        })));

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var summary = LatencyRecorder.Summarise(recorders);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in-process turn ({storageKind}, {concurrency} at once): {summary.Turns / clock.Elapsed.TotalSeconds:F0} turns/s, p50 {summary.P50Ms:F3} ms, p99 {summary.P99Ms:F3} ms, max {summary.MaxMs:F1} ms, CPU {cpu.TotalMilliseconds / summary.Turns:F3} ms/turn"));
    }
}
