namespace RecoveryBot.Dialogs.Model;

/// <summary>
/// The user's situation as far as the bot knows it. Every slot is optional until the user has said it.
/// <see cref="SentAt"/> keeps the user's UTC offset so plans can show local times.
/// </summary>
public sealed record RecoveryCase(
    PaymentKind? Kind = null,
    DateTimeOffset? SentAt = null,
    Money? Amount = null,
    RecipientAction? RecipientAction = null,
    Reason? Reason = null,
    SentAtPrecision SentAtPrecision = SentAtPrecision.Exact)
{
    public static RecoveryCase Empty { get; } = new();

    public bool IsComplete =>
        Kind is not null && SentAt is not null && Amount is not null && RecipientAction is not null && Reason is not null;
}
