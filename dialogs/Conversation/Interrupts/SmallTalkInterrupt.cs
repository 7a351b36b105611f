using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// "你好", "谢谢", "在吗", "?" or an emoji: a line back, as a person would, then the pending question asked
/// afresh (no reprompt, no miss counted). At the very start the opening question; while the recovery waits
/// after a caring reply, no question at all.
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

        if (context.State.Phase is Phase.Greeting or Phase.Collecting && context.State.Case == RecoveryCase.Empty)
        {
            context.State = context.State with { Phase = Phase.Collecting, Expecting = Slot.Kind, Misses = 0 };
            context.Say(context.T("ask.opening"), context.Actions("actions.kind"), Slot.Kind);
            return true;
        }

        pending.AskAgainBriefly(context);
        return true;
    }
}
