namespace RecoveryBot.Dialogs.Model;

/// <summary>What the recipient (or merchant) has done with the money so far.</summary>
public enum RecipientAction
{
    NotAccepted,
    Accepted,
    Returned,
    Blocked,
    Unknown,
}
