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

        // "不是500，是5000": the negated value is not read (CorrectionReader), and a bare number then is an amount.
        var correction = CorrectionReader.Read(context.Text, context.Language, context.State.Case);
        var expecting = correction.CorrectsAmount ? Slot.Amount : context.State.Expecting;

        // "不对，是八百", "no wait it was 8,500": whatever question is pending, a bare figure in a correction of a known
        // amount is the amount.
        var figureIsAmount = context.State.Case.Amount is not null && context.Vocabulary.CorrectionCues.Matches(context.Text);
        var findings = extractor.Extract(correction.Text, context.Vocabulary, context.Language, context.Clock, expecting, context.State.Case, figureIsAmount);
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
