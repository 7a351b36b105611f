using System.Text;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// The evidence checklist of a situation (knowledge/evidence.yaml) and what the user has ticked off
/// (<see cref="ConversationState.EvidenceDone"/>). An item is ticked by tapping its button ("已保存：账单详情")
/// or by saying so ("账单截图了": a done-word of the lexicon plus one of the item's phrases).
/// </summary>
internal sealed class EvidenceChecklist(KnowledgeBase knowledge)
{
    private const int MaxTickButtons = 3;

    /// <summary>The items for the case; for a kind the user could not tell, those that fit every kind.</summary>
    public IReadOnlyList<EvidenceItem> For(RecoveryCase known) =>
        known.Kind is null && !known.IsUnknown(UnknownSlots.Kind) ? [] : [.. knowledge.Evidence.Where(item => item.When.Matches(known))];

    public IReadOnlyList<EvidenceItem> Remaining(ConversationState state) =>
        [.. For(state.Case).Where(item => !state.EvidenceDone.Contains(item.Id))];

    /// <summary>The checklist with ☑/☐ and what is left.</summary>
    public string Render(TurnContext context)
    {
        var items = For(context.State.Case);
        var text = new StringBuilder(context.T("evidence.header"));
        foreach (var item in items)
        {
            var words = item.Texts[context.Language];
            var key = context.State.EvidenceDone.Contains(item.Id) ? "evidence.item.done" : "evidence.item.todo";
            text.Append('\n').Append(context.T(key, ("label", words.Label), ("detail", words.Detail)));
        }

        text.Append('\n').Append(Progress(context));
        return text.ToString();
    }

    /// <summary>Buttons for the first items not yet ticked.</summary>
    public IReadOnlyList<string> TickActions(TurnContext context) =>
        [.. Remaining(context.State).Take(MaxTickButtons).Select(item => TickLabel(context, item))];

    /// <summary>Ticks what the message says is kept; says what was noted and what is left. False when nothing was ticked.</summary>
    public bool TryTick(TurnContext context)
    {
        var ticked = Find(context);
        if (ticked.Count == 0)
        {
            return false;
        }

        context.State = context.State with { EvidenceDone = [.. context.State.EvidenceDone.Union(ticked.Select(i => i.Id), StringComparer.Ordinal)] };
        var labels = AdviceList.Join(context, ticked.Select(i => i.Texts[context.Language].Label));
        context.Say(context.T("evidence.noted", ("items", labels)) + "\n" + Progress(context));
        return true;
    }

    /// <summary>The evidence list of a document: each item, marked when the user has not said they keep it.</summary>
    /// <summary>
    /// The evidence list of a document: each item with where it comes from. Whether the user has it yet is said in the
    /// chat (<see cref="NotYetReady"/>), never inside the document, which may be filed as it is.
    /// </summary>
    public string DocumentList(TurnContext context)
    {
        var lines = For(context.State.Case).Where(item => item.InDocuments).Select((item, i) => context.T(
            "doc.evidence.item",
            ("number", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("label", item.Texts[context.Language].Label),
            ("source", item.Texts[context.Language].Source)));
        return string.Join("\n", lines);
    }

    /// <summary>The labels of the document evidence the user has not said they have.</summary>
    public IReadOnlyList<string> NotYetReady(TurnContext context) =>
        [.. For(context.State.Case).Where(item => item.InDocuments && !context.State.EvidenceDone.Contains(item.Id)).Select(item => item.Texts[context.Language].Label)];

    private List<EvidenceItem> Find(TurnContext context)
    {
        var applicable = For(context.State.Case);
        var text = TextNormalizer.TrimPunctuation(context.Text);
        var tapped = applicable.Where(item => TextNormalizer.Normalize(TickLabel(context, item)) == text).ToList();
        if (tapped.Count > 0)
        {
            return tapped;
        }

        if (!context.AdviceWords.EvidenceDone.Matches(context.Text) || context.AdviceWords.EvidenceNotYet.Matches(context.Text))
        {
            return [];
        }

        return [.. context.AdviceWords.Evidence.Where(e => applicable.Contains(e.Item) && e.Matcher.Matches(context.Text)).Select(e => e.Item)];
    }

    private string Progress(TurnContext context)
    {
        var left = Remaining(context.State);
        return left.Count == 0
            ? context.T("evidence.allDone")
            : context.T("evidence.left", ("items", AdviceList.Join(context, left.Select(i => i.Texts[context.Language].Label))));
    }

    private static string TickLabel(TurnContext context, EvidenceItem item) =>
        context.T("evidence.tick", ("label", item.Texts[context.Language].Label));
}
