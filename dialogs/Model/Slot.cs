namespace RecoveryBot.Dialogs.Model;

/// <summary>
/// The piece of information a bot message asks for; sent as <c>channelData.expecting</c> (camelCase).
/// </summary>
public enum Slot
{
    Kind,
    SentAt,
    Amount,
    RecipientAction,
    Reason,
    Confirm,
    StepOutcome,
}
