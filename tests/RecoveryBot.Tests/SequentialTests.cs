namespace RecoveryBot.Tests;

/// <summary>
/// Tests that measure time inside the bot (a shutdown timeout, a turn in flight) run alone, after the
/// parallel ones: on a loaded 2-core machine a parallel neighbour can starve them past their deadlines.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialTests
{
    public const string Name = "Sequential";
}
