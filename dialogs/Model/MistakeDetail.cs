namespace RecoveryBot.Dialogs.Model;

/// <summary>
/// What kind of mistake it was, when the user says so (the bot never asks). The law differs: money that went to
/// the wrong person, or the excess of an overpaid price or debt, has no legal basis (不当得利, 3 years); only a
/// gift of the wrong amount is revoked for 重大误解, within 90 days (facts H1, H3, H5).
/// </summary>
public enum MistakeDetail
{
    /// <summary>The user has not said.</summary>
    Unspecified,

    /// <summary>The money went to someone it was not meant for.</summary>
    WrongRecipient,

    /// <summary>The right person got the wrong amount, and it is not known whether it was a gift or a payment owed.</summary>
    WrongAmount,

    /// <summary>A present (a red packet, a gift transfer) of the wrong amount to the right person.</summary>
    GiftAmount,

    /// <summary>More than was owed was paid (10,000 for a 1,000 bill): the excess is 不当得利.</summary>
    Overpayment,
}
