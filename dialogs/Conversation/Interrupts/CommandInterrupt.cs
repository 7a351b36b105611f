using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>Help, restart, cancel, stop-reminders and delete-my-data, at any point, when they are (nearly) the whole message.</summary>
internal sealed class CommandInterrupt(PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        switch (context.Vocabulary.FindCommand(context.Text))
        {
            case null:
                return false;
            case Command.Help:
                context.Say(context.T("help"));
                pending.AskAgain(context);
                break;
            case Command.StopReminders:
                context.State = context.State with { FollowUpsOff = true };
                context.Say(context.T("followUps.off"));
                pending.AskAgainBriefly(context);
                break;
            case Command.DeleteData:
                context.EraseState = true;
                context.Say(context.T("deleteData.done"));
                break;
            case Command.Restart:
                context.State = ConversationReset.StartOver(context.State);
                context.Say(context.T("restart"));
                context.State = context.State with { Expecting = Slot.Kind };
                context.Say(context.T("ask.opening"), context.Actions("actions.kind"), Slot.Kind);
                break;
            default:
                context.State = ConversationReset.StartOver(context.State) with { Phase = Phase.Finished };
                context.Say(context.T("cancel"), context.Actions("actions.finished"));
                break;
        }

        return true;
    }
}
