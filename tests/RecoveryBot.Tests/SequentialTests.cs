namespace RecoveryBot.Tests;

/// <summary>
/// Tests that measure time (a shutdown timeout, a turn in flight, recognizer throughput) run alone, after the
/// parallel ones: on a loaded 2-core machine a parallel neighbour can starve them past their deadlines.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialTests
{
    public const string Name = "Sequential";
}
