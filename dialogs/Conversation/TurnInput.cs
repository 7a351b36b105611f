namespace RecoveryBot.Dialogs.Conversation;

/// <summary>What kind of event started the turn.</summary>
public enum InputKind
{
    /// <summary>The user wrote something (or tapped a suggested action).</summary>
    Message,

    /// <summary>A user joined the conversation: the bot greets them.</summary>
    UserJoined,

    /// <summary>
    /// A follow-up the host scheduled came due (<see cref="TurnInput.FollowUpStepId"/>): the bot writes first if
    /// the step still matters, and says nothing otherwise.
    /// </summary>
    FollowUp,
}

/// <summary>
/// One inbound turn, stripped of the wire protocol. <paramref name="LocaleHint"/> is only a hint: the
/// Emulator sends en-US whatever the user types. <paramref name="LocalTimestamp"/> carries the user's
/// UTC offset; <paramref name="LocalTimezone"/> is an IANA name (Web Chat sends it).
/// <paramref name="Truncated"/>: the host cut <paramref name="Text"/> to its length limit (the bot says so).
/// </summary>
public sealed record TurnInput(
    InputKind Kind,
    string? Text,
    string? LocaleHint = null,
    DateTimeOffset? LocalTimestamp = null,
    string? LocalTimezone = null,
    bool Truncated = false)
{
    /// <summary>For <see cref="InputKind.FollowUp"/>: the knowledge id of the step the follow-up is about.</summary>
    public string? FollowUpStepId { get; init; }

    /// <summary>
    /// The longest message text a turn reads, in UTF-16 code units, unless the host is configured otherwise
    /// (<c>Bot:MaxTextLength</c>): no one describes a payment in more, and it bounds the work of a turn. The
    /// host cuts longer text and sets <see cref="Truncated"/>. Default 2,000.
    /// </summary>
    public const int DefaultMaxTextLength = 2000;
}
