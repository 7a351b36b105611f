using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// A message that offers a code, a password or a card number is warned about and not read: a pasted code
/// must never become an amount.
/// </summary>
internal sealed class SecretsInterrupt(PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (!OffersASecret(context))
        {
            return false;
        }

        context.Say(context.T("sensitive.warning"));
        pending.AskAgain(context);
        return true;
    }

    public static bool OffersASecret(TurnContext context) =>
        context.Vocabulary.SensitiveOffers.AllHits(context.Text).Any(hit => SecretFollows(context.Text, hit.Index + hit.Phrase.Length))
        || SensitiveNumbers.LooksLikeCardNumber(context.Text)
        || SensitiveNumbers.LooksLikeVerificationCode(context.Text);

    /// <summary>
    /// "验证码是 3849…", "我的密码是qwe123", "my code is 0427": a figure follows. "卡号是我自己抄的", "the card number
    /// is what I got wrong" talk about the number and give none.
    /// </summary>
    private static bool SecretFollows(string text, int after)
    {
        var rest = text[after..].TrimStart(' ', ':', '：', '是', '为');
        if (rest.StartsWith("is ", StringComparison.Ordinal))
        {
            rest = rest[3..];
        }

        var token = rest.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || ChineseNumerals.IsDigit(c)).ToArray();
        return token.Any(c => char.IsAsciiDigit(c) || ChineseNumerals.IsDigit(c));
    }
}
