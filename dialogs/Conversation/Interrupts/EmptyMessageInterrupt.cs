namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>A message without text (a sticker, an empty submit): ask for words, then the pending question.</summary>
internal sealed class EmptyMessageInterrupt(PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (context.Text.Length > 0)
        {
            return false;
        }

        context.Say(context.T("empty"));
        pending.AskAgain(context);
        return true;
    }
}
