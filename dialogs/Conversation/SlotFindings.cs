using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Everything one message said about the situation. Null means "not mentioned".</summary>
internal sealed record SlotFindings(
    PaymentKind? Kind = null,
    DateTimeOffset? SentAt = null,
    SentAtPrecision SentAtPrecision = SentAtPrecision.Exact,
    Money? Amount = null,
    RecipientAction? RecipientAction = null,
    Reason? Reason = null,
    bool SentAtInFuture = false)
{
    public static SlotFindings Nothing { get; } = new();

    public bool Any => Kind is not null || SentAt is not null || Amount is not null || RecipientAction is not null || Reason is not null;
}
