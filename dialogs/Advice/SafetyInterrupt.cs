using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// Risky statements (knowledge/risks.yaml) interrupt whatever the conversation was doing: the specific
/// warning for each risk comes before anything else the bot says this turn.
/// </summary>
internal static class SafetyInterrupt
{
    public static IReadOnlyList<Risk> Warn(TurnContext context)
    {
        var risks = context.AdviceWords.FindRisks(context.Text);
        if (risks.Count > 0)
        {
            var warnings = risks.Select(r => r.Warnings[context.Language].TrimEnd());
            context.Say(context.T("risk.header") + "\n" + string.Join("\n\n", warnings));
        }

        return risks;
    }
}
