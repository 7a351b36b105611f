using System.Globalization;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// The documents of knowledge/documents/ that fit a situation, filled from it and sent twice: as text to
/// copy in the chat, and as a .txt file to download. What the bot does not know stays a visible blank.
/// </summary>
internal sealed class DocumentDesk(KnowledgeBase knowledge, EvidenceChecklist checklist)
{
    /// <summary>More blanks than this are counted, not listed: the document shows them, and the list would fill the screen.</summary>
    private const int MostBlanksNamed = 4;

    /// <summary>The documents that fit the situation, in id order.</summary>
    public IReadOnlyList<DocumentTemplate> Fitting(RecoveryCase known) =>
        known.IsComplete ? [.. knowledge.Documents.Values.Where(d => d.When.Matches(known)).OrderBy(d => d.Id, StringComparer.Ordinal)] : [];

    /// <summary>The documents a step offers that fit the situation, in the step's order.</summary>
    public IReadOnlyList<DocumentTemplate> ForStep(Step step, RecoveryCase known) =>
        known.IsComplete ? [.. step.Documents.Select(id => knowledge.Documents[id]).Where(d => d.When.Matches(known))] : [];

    public FilledDocument Fill(TurnContext context, DocumentTemplate template) =>
        DocumentFiller.Fill(template, context.Language, Values(context), context.Texts.Get("doc.missingLine"));

    /// <summary>Says what the document is and what is still blank, then sends it as text and as a file.</summary>
    public void Send(TurnContext context, DocumentTemplate template)
    {
        var document = Fill(context, template);
        var intro = context.T("document.intro", ("title", document.Title));
        if (document.MissingMarks.Count > MostBlanksNamed)
        {
            intro += "\n" + context.T("document.blanks.many", ("count", document.MissingMarks.Count.ToString(CultureInfo.InvariantCulture)));
        }
        else if (document.MissingMarks.Count > 0)
        {
            intro += "\n" + context.T("document.blanks", ("marks", AdviceList.Join(context, document.MissingMarks)));
        }

        if (template.Texts[context.Language].Body.Contains("{evidence}", StringComparison.Ordinal) && checklist.NotYetReady(context) is { Count: > 0 } notYet)
        {
            intro += "\n" + context.T("document.evidenceNotYet", ("items", AdviceList.Join(context, notYet)));
        }

        if (template.Texts[context.Language].Caveat is { } caveat)
        {
            intro += "\n" + context.T("step.caveat", ("caveat", caveat));
        }

        context.SayInParts(intro + "\n" + context.T("document.download", ("file", document.FileName)));
        context.Say(document.Text, [new ReplyAttachment(document.FileName, ReplyAttachment.PlainText, document.Text)]);
    }

    private Dictionary<string, string> Values(TurnContext context)
    {
        var known = context.State.Case;
        var amount = known.Amount!;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["amount"] = context.Display.Amount(amount),
            ["amountInWords"] = InWords(context, amount),
            ["sentAt"] = AdviceFormat.LongMoment(context, known.SentAt!.Value, known.SentAtPrecision),
            ["today"] = AdviceFormat.LongDate(context, context.Clock.UtcNow),
            ["kind"] = context.Texts.Get("doc.kind." + DisplayFormatter.Camel(known.Kind!.Value)),
            ["situation"] = context.T(
                "doc.situation",
                ("reason", context.Texts.Get("doc.reason." + DisplayFormatter.Camel(known.Reason!.Value))),
                ("recipientAction", context.Texts.Get("doc.recipientAction." + DisplayFormatter.Camel(known.RecipientAction!.Value)))),
            ["evidence"] = checklist.DocumentList(context),
        };
    }

    private static string InWords(TurnContext context, Money amount)
    {
        if (amount.Currency != CostsWriter.Currency)
        {
            return context.Display.Amount(amount);
        }

        var words = context.Language == Language.ZhCn
            ? ChineseAmountWords.Write(amount.Value)
            : amount.Value.ToString("#,0.00", CultureInfo.GetCultureInfo("en-US"));
        return context.T("doc.amountInWords", ("words", words));
    }
}
