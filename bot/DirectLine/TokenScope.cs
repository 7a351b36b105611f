namespace RecoveryBot.Bot.DirectLine;

/// <summary>What a Direct Line token may be used for.</summary>
public enum TokenScope
{
    /// <summary>The REST API of one conversation (Authorization header).</summary>
    Conversation,

    /// <summary>Opening that conversation's WebSocket stream (the <c>t</c> query parameter of a <c>streamUrl</c>); short-lived.</summary>
    Stream,
}
