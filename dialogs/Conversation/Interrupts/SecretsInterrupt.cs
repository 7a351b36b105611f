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
        context.Vocabulary.SensitiveOffers.Matches(context.Text) || SensitiveNumbers.LooksLikeCardNumber(context.Text)
        || SensitiveNumbers.LooksLikeVerificationCode(context.Text);
}
