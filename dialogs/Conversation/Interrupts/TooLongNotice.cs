namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>The host cut the message: say so, then go on with the part that arrived.</summary>
internal sealed class TooLongNotice : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (context.TextWasCut)
        {
            context.Say(context.T("tooLong"));
        }

        return false;
    }
}
