namespace RecoveryBot.Bot.DirectLine;

/// <summary>Activities as stored (UTF-8 JSON, one per element) and the watermark to ask from next time.</summary>
public sealed record ActivityPage(IReadOnlyList<ReadOnlyMemory<byte>> Activities, long Watermark);
