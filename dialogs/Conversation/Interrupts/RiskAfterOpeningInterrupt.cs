using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// Past the opening story, a risky statement is about what someone wants the user to do now
/// ("刚才有人打电话要我先交500保证金"), not about the payment: after its warning the pending question comes
/// again, and nothing in the case or the plan changes.
/// </summary>
internal sealed class RiskAfterOpeningInterrupt(PendingQuestion pending) : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        var openingStory = context.State.Phase is Phase.Greeting or Phase.Collecting && context.State.Case == RecoveryCase.Empty;
        if (context.Risks.Count == 0 || openingStory)
        {
            return false;
        }

        pending.AskAgainBriefly(context);
        return true;
    }
}
