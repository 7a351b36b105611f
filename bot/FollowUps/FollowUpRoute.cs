namespace RecoveryBot.Bot.FollowUps;

/// <summary>How a follow-up reaches the user: the channel's Connector (<c>serviceUrl</c>) or the bot's own Direct Line.</summary>
public enum FollowUpRoute
{
    /// <summary><c>POST {serviceUrl}/v3/conversations/{id}/activities</c> (Emulator, Azure Bot Service channels).</summary>
    Connector,

    /// <summary>Appended to the self-hosted Direct Line conversation: a WebSocket sees it at once, a poll or reload later.</summary>
    DirectLine,

    /// <summary>Shown by the terminal chat (<c>chat --state FILE</c>) when it starts again after the follow-up came due.</summary>
    Terminal,
}
