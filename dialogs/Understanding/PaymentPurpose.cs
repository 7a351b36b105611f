namespace RecoveryBot.Dialogs.Understanding;

/// <summary>What a payment of the wrong amount was for; it decides which law applies to the excess.</summary>
internal enum PaymentPurpose
{
    /// <summary>A present: the gift of the wrong amount is revoked for 重大误解 (fact H3).</summary>
    Gift,

    /// <summary>A price, rent, debt or fee: the excess is 不当得利 (facts H1, H3).</summary>
    Owed,
}
