using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Reads the situation from the message once per turn, for whichever interrupt or stage needs it first.
/// A figure in a message about a scammer's fee is theirs, not the money lost.
/// </summary>
internal sealed class FindingsReader(SlotExtractor extractor)
{
    public SlotFindings Read(TurnContext context)
    {
        if (context.Findings is { } known)
        {
            return known;
        }

        var findings = extractor.Extract(context.Text, context.Vocabulary, context.Language, context.Clock, context.State.Expecting, context.State.Case);
        if (context.Risks.Any(r => r.AmountIsTheirs))
        {
            findings = findings with { Amount = null };
        }

        context.Findings = findings;
        return findings;
    }

    /// <summary>Whether the message says anything about the situation (so it is an answer, not a question on the way).</summary>
    public bool SaysSomething(TurnContext context) => Read(context).Any;
}
