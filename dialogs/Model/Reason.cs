namespace RecoveryBot.Dialogs.Model;

/// <summary>Why the money needs to come back.</summary>
public enum Reason
{
    Mistake,
    Fraud,
    MerchantDispute,
}
