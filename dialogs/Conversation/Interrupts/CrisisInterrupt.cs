using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// Despair or self-harm, wherever the conversation is and every time: a caring reply first (not alone, not
/// their fault, 12356, 110/120), any scam or secret warning the message calls for, and no question after it. The
/// recovery waits until the user is ready (<see cref="ConversationState.WaitingUntilReady"/>); a story told
/// in the same message is kept, silently, so nobody has to tell it again (unless it carries a secret,
/// which is never read).
/// </summary>
internal sealed class CrisisInterrupt(FindingsReader findings) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (!context.InterruptWords.IsCrisis(context.Text))
        {
            return false;
        }

        context.Say(context.T("crisis.care"), context.Actions("crisis.actions"));
        context.Risks = SafetyInterrupt.Warn(context);
        if (SecretsInterrupt.OffersASecret(context))
        {
            context.Say(context.T("sensitive.warning"));
        }

        KeepTheStory(context);
        context.State = context.State with { WaitingUntilReady = true };
        return true;
    }

    private void KeepTheStory(TurnContext context)
    {
        if (context.State.Phase is not (Phase.Greeting or Phase.Collecting) || SecretsInterrupt.OffersASecret(context))
        {
            return;
        }

        var merge = CaseMerger.Merge(context.State.Case, findings.Read(context), context.State.Expecting);
        context.State = context.State with { Phase = Phase.Collecting, Case = merge.Case };
    }
}
