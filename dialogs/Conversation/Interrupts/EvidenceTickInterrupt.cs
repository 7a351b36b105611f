using RecoveryBot.Dialogs.Advice;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>"账单截图了" ticks the checklist and asks again; "账单截图了，下一步" also lets the stage move on.</summary>
internal sealed class EvidenceTickInterrupt(AdviceDesk desk, PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (!desk.TryTickEvidence(context) || StepTalk.SaysHowTheStepWent(context))
        {
            return false;
        }

        pending.AskAgainBriefly(context);
        return true;
    }
}
