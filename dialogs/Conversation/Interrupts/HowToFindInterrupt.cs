using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>"怎么查?" while asked for the kind, time or amount: where in WeChat to look, then the same question.</summary>
internal sealed class HowToFindInterrupt : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (!context.Vocabulary.HowToFind.Matches(context.Text) || context.State.Expecting is not (Slot.Amount or Slot.Kind or Slot.SentAt))
        {
            return false;
        }

        QuestionAsker.Explain(context, Question.ForSlot(context.State.Expecting.Value, context.State.Case.Kind));
        return true;
    }
}
