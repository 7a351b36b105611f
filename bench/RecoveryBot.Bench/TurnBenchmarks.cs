using BenchmarkDotNet.Attributes;
using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Bench;

/// <summary>One whole in-process turn (pipeline + conversation + store), round-robin over 64 conversations.</summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes, and benchmark classes may not be sealed.
public class TurnBenchmarks
#pragma warning restore CA1001
{
    private InProcessBot? _bot;
    private int _next;

    [Params(StorageKind.Sqlite, StorageKind.Memory)]
    public StorageKind Storage { get; set; }

    [GlobalSetup]
    public void Setup() => _bot = new InProcessBot(Storage);

    [GlobalCleanup]
    public void Cleanup() => _bot?.Dispose();

    [Benchmark]
    public Task<int> WholeTurn() => _bot!.TurnAsync(_next++ % 64);
}
