using System.Diagnostics;

namespace RecoveryBot.Bench;

/// <summary>Per-turn latencies of one worker (no locking: one recorder per worker), merged at the end.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<long> _ticks = new(capacity: 1 << 16);

    public int Count => _ticks.Count;

    public int Errors { get; private set; }

    public void Record(long startTimestamp) => _ticks.Add(Stopwatch.GetTimestamp() - startTimestamp);

    public void RecordError() => Errors++;

    public static LatencySummary Summarise(IReadOnlyCollection<LatencyRecorder> recorders)
    {
        var all = recorders.SelectMany(r => r._ticks).Order().ToArray();
        return new LatencySummary(all.Length, recorders.Sum(r => r.Errors), Percentile(all, 0.50), Percentile(all, 0.99), all.Length == 0 ? 0 : Ms(all[^1]));
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Ms(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)]);

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

internal sealed record LatencySummary(int Turns, int Errors, double P50Ms, double P99Ms, double MaxMs);
