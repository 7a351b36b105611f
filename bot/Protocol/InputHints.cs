namespace RecoveryBot.Bot.Protocol;

/// <summary>The SDK's spelling of input hints (the spec's shorter spelling is not what Web Chat checks for).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
}
