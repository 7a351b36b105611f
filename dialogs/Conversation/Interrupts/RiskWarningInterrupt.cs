using RecoveryBot.Dialogs.Advice;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// Risky statements (knowledge/risks.yaml) are warned about before anything else the bot says this turn;
/// the turn goes on, so a secret, a command or the opening story in the same message still counts.
/// </summary>
internal sealed class RiskWarningInterrupt : ITurnInterrupt
{
    public bool TryHandle(TurnContext context)
    {
        context.Risks = SafetyInterrupt.Warn(context);
        return false;
    }
}
