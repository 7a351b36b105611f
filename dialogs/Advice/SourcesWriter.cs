using System.Text;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// Answers "为什么?" (the reasoning, and the facts it rests on) and "来源" (each fact in the user's
/// language with its confidence and its sources), from knowledge/facts.yaml.
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

    public string Sources(TurnContext context, string about, IReadOnlyList<string> factIds)
    {
        if (factIds.Count == 0)
        {
            return context.T("sources.none");
        }

        var text = new StringBuilder(context.T("sources.header", ("about", about)));
        foreach (var id in factIds)
        {
            var fact = knowledge.Facts[id];
            text.Append("\n\n").Append(context.T(
                "sources.fact",
                ("id", id),
                ("confidence", AdviceFormat.ConfidenceLabel(context, fact.Confidence)),
                ("text", fact.TextFor(context.Language))));
            foreach (var source in fact.Sources)
            {
                text.Append('\n').Append(context.T(
                    source.Url is null ? "sources.sourceNoLink" : "sources.source",
                    ("title", source.Title),
                    ("url", source.Url?.ToString() ?? string.Empty)));
            }
        }

        return text.ToString();
    }

    private string Basis(TurnContext context, string id) =>
        context.T("why.fact", ("id", id), ("confidence", AdviceFormat.ConfidenceLabel(context, knowledge.Facts[id].Confidence)));
}
