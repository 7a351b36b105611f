using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// "你好", "谢谢", "在吗", "?" or an emoji: a line back, as a person would. At the very start the opening question
/// follows; while the recovery waits after a caring reply, no question at all; with a question pending, the stage
/// goes on and counts the message as an answer that did not fit, so nobody is asked the same thing for ever.
/// </summary>
internal sealed class SmallTalkInterrupt(PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        if (context.InterruptWords.FindSmallTalk(context.Text) is not { } talk)
        {
            return false;
        }

        context.Say(context.T("smallTalk." + DisplayFormatter.Camel(talk)));
        if (context.State.WaitingUntilReady)
        {
            context.Say(context.T("crisis.waiting"), context.Actions("crisis.actions"));
            return true;
        }

        if (context.State.Phase is Phase.Greeting or Phase.Collecting && context.State.Case == RecoveryCase.Empty && context.State.Expecting is null)
        {
            context.State = context.State with { Phase = Phase.Collecting, Expecting = Slot.Kind, Misses = 0 };
            context.Say(context.T("ask.opening"), context.Actions("actions.kind"), Slot.Kind);
            return true;
        }

        if (context.State.Expecting is null)
        {
            pending.AskAgainBriefly(context);
            return true;
        }

        // With a question pending, the stage answers too: "???" three times is three misses, and the question
        // moves on as any unhelpful answer does, instead of being asked afresh for ever.
        return false;
    }
}
