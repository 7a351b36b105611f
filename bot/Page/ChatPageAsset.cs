namespace RecoveryBot.Bot.Page;

/// <summary>One file of the chat page, held in memory with its gzip form and an ETag of its content.</summary>
public sealed record ChatPageAsset(string ContentType, byte[] Content, byte[] Gzipped, string ETag);
