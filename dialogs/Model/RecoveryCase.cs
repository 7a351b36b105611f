namespace RecoveryBot.Dialogs.Model;

/// <summary>
/// The user's situation as far as the bot knows it. Every slot is optional until the user has said it,
/// or said that they do not know it (<see cref="Unknown"/>).
/// <see cref="SentAt"/> keeps the user's UTC offset so plans can show local times.
/// </summary>
public sealed record RecoveryCase(
    PaymentKind? Kind = null,
    DateTimeOffset? SentAt = null,
    Money? Amount = null,
    RecipientAction? RecipientAction = null,
    Reason? Reason = null,
    SentAtPrecision SentAtPrecision = SentAtPrecision.Exact,
    UnknownSlots Unknown = UnknownSlots.None,
    MistakeDetail Mistake = MistakeDetail.Unspecified)
{
    private static readonly TimeSpan AutoRefundDelay = TimeSpan.FromHours(24);

    public static RecoveryCase Empty { get; } = new();

    /// <summary>Every slot has a value; nothing is unknown.</summary>
    public bool IsComplete =>
        Kind is not null && SentAt is not null && Amount is not null && RecipientAction is not null && Reason is not null;

    /// <summary>Every slot has a value or is known to be unknown: a plan can be built.</summary>
    public bool IsSettled =>
        (Kind is not null || Unknown.HasFlag(UnknownSlots.Kind))
        && (SentAt is not null || Unknown.HasFlag(UnknownSlots.SentAt))
        && (Amount is not null || Unknown.HasFlag(UnknownSlots.Amount))
        && RecipientAction is not null
        && (Reason is not null || Unknown.HasFlag(UnknownSlots.Reason));

    /// <summary>Whether the 24-hour refund window is still open; null when the time of sending is too vague to say.</summary>
    public TimeWindow? WindowAt(DateTimeOffset now)
    {
        if (SentAt is not { } sentAt || Unknown.HasFlag(UnknownSlots.TimeOfDay))
        {
            return null;
        }

        return now - sentAt < AutoRefundDelay ? TimeWindow.Within24Hours : TimeWindow.After24Hours;
    }

    public bool IsUnknown(UnknownSlots slot) => Unknown.HasFlag(slot);
}
