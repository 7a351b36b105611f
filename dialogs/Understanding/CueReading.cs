using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>What the words of a message (apart from its amount and time) say about the kind, the recipient and the reason.</summary>
internal sealed record CueReading(PaymentKind? Kind, RecipientAction? RecipientAction, Reason? Reason)
{
    public static CueReading Nothing { get; } = new(null, null, null);

    /// <summary>The kind was only hinted at ("转了"), not named.</summary>
    public bool KindIsAHint { get; init; }
}
