using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Turns;

/// <summary>The HTTP answer to an inbound activity: a status and, for <c>expectReplies</c>, the replies.</summary>
public sealed record InboundResult(int StatusCode, ExpectedReplies? Body = null)
{
    public static InboundResult Ok { get; } = new(StatusCodes.Status200OK);

    /// <summary>An invoke nobody handled, as the SDK answers it.</summary>
    public static InboundResult NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
}
