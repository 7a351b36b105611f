using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Everything one message said about the situation. Null means "not mentioned". <see cref="Mistake"/> is a detail the
/// bot never asks about, so it neither counts as an answer nor as a correction.
/// </summary>
internal sealed record SlotFindings(
    PaymentKind? Kind = null,
    DateTimeOffset? SentAt = null,
    SentAtPrecision SentAtPrecision = SentAtPrecision.Exact,
    Money? Amount = null,
    RecipientAction? RecipientAction = null,
    Reason? Reason = null,
    bool SentAtInFuture = false,
    MistakeDetail? Mistake = null)
{
    public static SlotFindings Nothing { get; } = new();

    public bool Any => Kind is not null || SentAt is not null || Amount is not null || RecipientAction is not null || Reason is not null;

    /// <summary>True when the message says something about the situation that differs from what is known.</summary>
    public bool Differs(RecoveryCase known) =>
        (Kind is not null && Kind != known.Kind)
        || (SentAt is { } sentAt && (known.SentAt is not { } old || Math.Abs((old - sentAt).TotalMinutes) > 1))
        || (Amount is not null && Amount != known.Amount)
        || (RecipientAction is not null && RecipientAction != known.RecipientAction)
        || (Reason is not null && Reason != known.Reason);
}
