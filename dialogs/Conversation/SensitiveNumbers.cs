using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Spots bank-card numbers a user may paste, so the bot can warn instead of reading them.</summary>
internal static partial class SensitiveNumbers
{
    /// <summary>16 to 19 digits, optionally grouped by spaces or dashes: the length of Chinese bank cards.</summary>
    public static bool LooksLikeCardNumber(string text) => CardNumber().IsMatch(text);

    [GeneratedRegex(@"(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)")]
    private static partial Regex CardNumber();
}
