using System.Text;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// The deadlines block: each limit of knowledge/deadlines.yaml that fits the situation, as a date or a
/// time in the user's local time, with the time left (or gone), and its confidence when below high.
/// </summary>
internal sealed class DeadlinesWriter(KnowledgeBase knowledge)
{
    public IReadOnlyList<ComputedDeadline> For(TurnContext context) =>
        DeadlineCalculator.For(knowledge.Deadlines, context.State.Case, context.Clock.UtcNow);

    /// <summary>The block, or an empty string when no deadline applies.</summary>
    public string Render(TurnContext context)
    {
        var deadlines = For(context);
        if (deadlines.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(context.T("deadlines.header"));
        foreach (var deadline in deadlines)
        {
            text.Append('\n').Append(context.T("deadlines.item", ("text", Line(context, deadline))));
            if (deadline.Deadline.Provenance.Confidence < Confidence.High)
            {
                text.Append(context.T("deadlines.confidence", ("confidence", AdviceFormat.ConfidenceLabel(context, deadline.Deadline.Provenance.Confidence))));
            }
        }

        return text.ToString();
    }

    public IReadOnlyList<string> Facts(TurnContext context) =>
        [.. For(context).SelectMany(d => d.Deadline.Provenance.Facts).Distinct(StringComparer.Ordinal)];

    private static string Line(TurnContext context, ComputedDeadline deadline)
    {
        var words = deadline.Deadline.Texts[context.Language];
        var now = context.Clock.UtcNow;
        var sentAt = context.State.Case.SentAt!.Value;
        var values = new Dictionary<string, string>
        {
            ["date"] = AdviceFormat.Due(context, deadline.At, deadline.Deadline.After),
            ["remaining"] = AdviceFormat.Span(context, deadline.At - now),
            ["elapsed"] = AdviceFormat.Span(context, now - sentAt),
            ["sentAt"] = context.Display.SentAt(sentAt, context.State.Case.SentAtPrecision),
        };
        return Placeholders.Fill(deadline.Passed ? words.Passed! : words.Upcoming, values);
    }
}
