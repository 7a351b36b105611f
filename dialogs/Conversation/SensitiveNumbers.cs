using RecoveryBot.Dialogs.Recognizers.Policy;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Spots numbers a user may paste that the bot must not read as an amount: bank-card numbers and verification codes
/// (a secret: the bot warns instead of reading them) and phone numbers. The rules are in <see cref="SecretDigits"/>,
/// shared with the amount reading so a code is never taken as money.
/// </summary>
internal static class SensitiveNumbers
{
    /// <summary>16 to 19 digits, optionally grouped by spaces or dashes: the length of Chinese bank cards.</summary>
    public static bool LooksLikeCardNumber(string text) => SecretDigits.HasCardNumber(text);

    /// <summary>
    /// "验证码 384920", "my code is 0427", or a message that is only a code: 4-8 digits starting with 0, or 6-8 digits
    /// that are not a multiple of 100 ("483920"; "5000" and "12000" stay amounts).
    /// </summary>
    public static bool LooksLikeVerificationCode(string text) => SecretDigits.HasVerificationCode(text);

    /// <summary>A mainland mobile number: 1[3-9] and nine more digits, grouped or not, with or without +86.</summary>
    public static bool LooksLikePhoneNumber(string text) => SecretDigits.HasPhoneNumber(text);
}
