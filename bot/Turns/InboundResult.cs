using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The HTTP answer to an inbound activity: a status and, for <c>expectReplies</c>, the replies.
/// <paramref name="StateErased"/>: the user asked for their data to be erased and the conversation's state is
/// gone, so a channel that keeps a transcript (the self-hosted Direct Line) should drop it too.
/// </summary>
public sealed record InboundResult(int StatusCode, ExpectedReplies? Body = null, bool StateErased = false)
{
    public static InboundResult Ok { get; } = new(StatusCodes.Status200OK);

    /// <summary>An invoke nobody handled, as the SDK answers it.</summary>
    public static InboundResult NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
}
