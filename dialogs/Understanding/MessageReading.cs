using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// What the bot takes from one message in its context: the slots it would fill, and for a reply to the summary
/// whether it is a yes or a no. Null means "not taken". <see cref="OffersSecret"/>: the message carries a code,
/// a password or a card number, so nothing else is read from it.
/// </summary>
public sealed record MessageReading(
    PaymentKind? Kind,
    DateTimeOffset? SentAt,
    Money? Amount,
    RecipientAction? RecipientAction,
    Reason? Reason,
    bool? Confirm,
    bool OffersSecret,
    Language Language)
{
    /// <summary>What kind of mistake the message describes, if it says (not a slot of the evaluation contract).</summary>
    public MistakeDetail? Mistake { get; init; }
}
