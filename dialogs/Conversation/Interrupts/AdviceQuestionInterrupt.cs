using RecoveryBot.Dialogs.Advice;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>Why, sources, documents, checklist, deadlines, costs, a document by name (<see cref="AdviceDesk"/>).</summary>
internal sealed class AdviceQuestionInterrupt(AdviceDesk desk, PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        switch (desk.TryAnswer(context))
        {
            case AdviceDesk.Answer.AskAgain:
                pending.AskAgainBriefly(context);
                return true;
            case AdviceDesk.Answer.Prompted:
                return true;
            default:
                return false;
        }
    }
}
