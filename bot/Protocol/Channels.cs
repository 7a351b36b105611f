namespace RecoveryBot.Bot.Protocol;

/// <summary>Channel ids with behaviour of their own.</summary>
public static class Channels
{
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";

    /// <summary>The terminal chat (<c>chat</c> command): text only, no cards, no Markdown.</summary>
    public const string Terminal = "terminal";

    /// <summary>Whether the client draws Adaptive Cards and Markdown: every channel but the terminal.</summary>
    public static bool IsRich(string? channelId) => !string.Equals(channelId, Terminal, StringComparison.OrdinalIgnoreCase);
}
