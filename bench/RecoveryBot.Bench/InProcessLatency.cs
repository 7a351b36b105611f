using System.Diagnostics;
using System.Globalization;
using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Bench;

/// <summary><c>inproc</c>: whole turns one after another for a while; prints the latency distribution.</summary>
internal static class InProcessLatency
{
    public static async Task RunAsync(TimeSpan duration, StorageKind storageKind)
    {
        using var bot = new InProcessBot(storageKind);
        for (var i = 0; i < 2000; i++)
        {
            await bot.TurnAsync(i % 64);
        }

        var recorder = new LatencyRecorder();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await bot.TurnAsync(i % 64);
            recorder.Record(started);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var summary = LatencyRecorder.Summarise([recorder]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in-process turn ({storageKind}): {summary.Turns / clock.Elapsed.TotalSeconds:F0} turns/s on one thread, p50 {summary.P50Ms:F3} ms, p99 {summary.P99Ms:F3} ms, max {summary.MaxMs:F1} ms, CPU {cpu.TotalMilliseconds / summary.Turns:F3} ms/turn"));
    }
}
