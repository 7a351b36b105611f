using System.Text;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// Answers "为什么?" (the reasoning, and the facts it rests on) and "来源" (where a step's facts come from), from
/// knowledge/facts.yaml. Sources are shown as section L of wechat-facts.md says: official ones by name with their
/// link, every other kind once, as a plain description without a link.
/// </summary>
internal sealed class SourcesWriter(KnowledgeBase knowledge)
{
    public string Why(TurnContext context, string reasoning, IReadOnlyList<string> factIds)
    {
        var text = new StringBuilder(reasoning.TrimEnd());
        if (factIds.Count > 0)
        {
            var basis = AdviceList.Join(context, factIds.Select(id => Basis(context, id)));
            text.Append("\n\n").Append(context.T("why.basis", ("facts", basis)));
        }

        return text.ToString();
    }

    /// <param name="confidence">The advice's own confidence; without one, that of its weakest fact.</param>
    public string Sources(TurnContext context, string about, Confidence? confidence, IReadOnlyList<string> factIds)
    {
        if (factIds.Count == 0)
        {
            return context.T("sources.none");
        }

        var facts = factIds.Select(id => knowledge.Facts[id]).ToList();
        var shown = confidence ?? facts.Min(fact => fact.Confidence);
        var text = new StringBuilder(context.T("sources.header", ("about", about), ("confidence", AdviceFormat.ConfidenceLabel(context, shown))));
        var sources = facts.SelectMany(fact => fact.Sources).ToList();
        foreach (var name in sources.Where(s => s.Kind.IsOfficial()).GroupBy(s => s.Names.GetValueOrDefault(context.Language) ?? s.Title, StringComparer.Ordinal))
        {
            var linked = name.FirstOrDefault(s => s.Linkable);
            text.Append('\n').Append(linked?.Url is { } url
                ? context.T("sources.link", ("name", name.Key), ("url", Uri.UnescapeDataString(url.AbsoluteUri)))
                : context.T("sources.named", ("name", name.Key)));
        }

        var others = sources.Where(s => !s.Kind.IsOfficial()).Select(s => s.Kind).Distinct().ToList();
        if (others.Count > 0)
        {
            var kinds = AdviceList.Join(context, others.Select(kind => context.T("sources.kind." + WireNames.Of(kind))));
            text.Append('\n').Append(context.T("sources.others", ("kinds", kinds)));
        }

        return text.ToString();
    }

    private string Basis(TurnContext context, string id) =>
        context.T("why.fact", ("id", id), ("confidence", AdviceFormat.ConfidenceLabel(context, knowledge.Facts[id].Confidence)));
}
