namespace RecoveryBot.Bot.Protocol;

/// <summary>Channel ids with behaviour of their own.</summary>
public static class Channels
{
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
}
