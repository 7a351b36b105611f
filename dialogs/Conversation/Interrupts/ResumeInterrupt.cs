using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// After a caring reply the recovery waits. "我准备好了" resumes it where it was; small talk keeps it waiting
/// (<see cref="SmallTalkInterrupt"/>); anything else is taken as the user going on by themselves.
/// </summary>
internal sealed class ResumeInterrupt(PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (!context.State.WaitingUntilReady)
        {
            return false;
        }

        var ready = context.InterruptWords.IsReady(context.Text);
        if (!ready && context.InterruptWords.FindSmallTalk(context.Text) is not null)
        {
            return false;
        }

        context.State = context.State with { WaitingUntilReady = false };
        if (!ready)
        {
            WarnOfFraudIfToldBefore(context);
            return false;
        }

        context.Say(context.T("crisis.resume"));
        WarnOfFraudIfToldBefore(context);
        pending.AskAgain(context);
        return true;
    }

    /// <summary>A scam told together with the despair got no police advice then; it is the first thing now.</summary>
    private static void WarnOfFraudIfToldBefore(TurnContext context)
    {
        if (context.State.Case.Reason == Reason.Fraud && !context.State.FraudSignalsSeen)
        {
            context.State = context.State with { FraudSignalsSeen = true };
            context.Say(context.T("fraud.urgent"));
        }
    }
}
