using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// Answers questions about the advice at any point of the conversation — why, sources, documents, the
/// evidence checklist, deadlines, costs, a document by name — and ticks off evidence the user says they
/// keep. Each answer is an interruption: the caller asks the current question again afterwards, except
/// for the lists whose buttons are the next thing to tap.
/// </summary>
internal sealed class AdviceDesk(PlanPresenter planPresenter)
{
    private AdviceWriters Writers => planPresenter.Advice;

    /// <summary>What an answer leaves for the caller to do.</summary>
    public enum Answer
    {
        /// <summary>Not a question about the advice: handle the message as usual.</summary>
        None,

        /// <summary>Answered; ask the current question again.</summary>
        AskAgain,

        /// <summary>Answered with a prompt of its own (a list with buttons).</summary>
        Prompted,
    }

    public Answer TryAnswer(TurnContext context)
    {
        if (context.AdviceWords.FindDocument(context.Text, context.State.Case) is { } document)
        {
            SendDocument(context, document);
            return Answer.AskAgain;
        }

        switch (context.AdviceWords.FindRequest(context.Text))
        {
            case AdviceRequest.Why:
                Why(context);
                return Answer.AskAgain;
            case AdviceRequest.Sources:
                Sources(context);
                return Answer.AskAgain;
            case AdviceRequest.Bring:
                return Detail(context, StepDetail.Bring);
            case AdviceRequest.IfFails:
                return Detail(context, StepDetail.IfFails);
            case AdviceRequest.Documents:
                return ListDocuments(context);
            case AdviceRequest.Checklist:
                return ShowChecklist(context);
            case AdviceRequest.Deadlines:
                context.SayInParts(DeadlinesAnswer(context));
                return Answer.AskAgain;
            case AdviceRequest.Costs:
                context.SayInParts(Writers.Costs.Render(context));
                return Answer.AskAgain;
            default:
                return Answer.None;
        }
    }

    /// <summary>While walking the plan, "账单截图了" ticks an item off the checklist.</summary>
    public bool TryTickEvidence(TurnContext context) =>
        context.State.Phase == Phase.WalkingPlan && Writers.Checklist.TryTick(context);

    private void SendDocument(TurnContext context, DocumentTemplate document)
    {
        if (!context.State.Case.IsComplete)
        {
            context.Say(context.T("advice.notYet"));
            return;
        }

        if (!document.When.Matches(context.State.Case))
        {
            var fitting = Writers.Documents.Fitting(context.State.Case).Select(d => d.Texts[context.Language].Title).ToList();
            context.Say(context.T("document.notFitting", ("title", document.Texts[context.Language].Title)), fitting);
            return;
        }

        Writers.Documents.Send(context, document);
    }

    private Answer Detail(TurnContext context, StepDetail detail)
    {
        if (planPresenter.TryDetail(context, detail))
        {
            return Answer.Prompted;
        }

        context.Say(context.T("why.none"));
        return Answer.AskAgain;
    }

    /// <summary>The reasoning of the current step, and what about it is not certain (kept out of the step itself).</summary>
    private void Why(TurnContext context)
    {
        if (planPresenter.CurrentStep(context) is { } planned)
        {
            var text = PlanPresenter.FilledText(context, planned);
            var reasoning = context.T("why.step", ("title", text.Title), ("why", text.Why.TrimEnd()));
            if (text.Caveat is { Length: > 0 } caveat)
            {
                reasoning += "\n\n" + context.T("step.caveat", ("caveat", caveat.TrimEnd()));
            }

            context.SayInParts(Writers.Sources.Why(context, reasoning, planned.Step.Facts));
            return;
        }

        var entry = context.Texts.Entry(WhyKey(context.State));
        context.Say(Writers.Sources.Why(context, context.Display.Format(entry.Key), entry.Facts));
    }

    private void Sources(TurnContext context)
    {
        if (planPresenter.CurrentStep(context) is { } planned)
        {
            var title = PlanPresenter.FilledText(context, planned).Title;
            context.SayInParts(Writers.Sources.Sources(context, title, planned.Step.Confidence, planned.Step.Facts));
            return;
        }

        var entry = context.Texts.Entry(WhyKey(context.State));
        context.SayInParts(Writers.Sources.Sources(context, context.Texts.Get("sources.aboutQuestions"), entry.Confidence, entry.Facts));
    }

    /// <summary>The deadlines; with the time of sending unknown, none counted from it can be given, and that is said.</summary>
    private string DeadlinesAnswer(TurnContext context)
    {
        var known = context.State.Case;
        if (!known.IsSettled)
        {
            return context.T("advice.notYet");
        }

        var deadlines = Writers.Deadlines.Render(context);
        if (known.SentAt is null)
        {
            return deadlines.Length > 0 ? deadlines + "\n" + context.T("plan.unknown.sentAt") : context.T("plan.unknown.sentAt");
        }

        return deadlines.Length > 0 ? deadlines : context.T("deadlines.none");
    }

    private Answer ListDocuments(TurnContext context)
    {
        var fitting = Writers.Documents.Fitting(context.State.Case);
        if (fitting.Count == 0)
        {
            var known = context.State.Case;
            context.Say(context.T(known.IsComplete ? "documents.none" : known.IsSettled ? "documents.needDetails" : "advice.notYet"));
            return Answer.AskAgain;
        }

        var titles = fitting.Select(d => d.Texts[context.Language].Title).ToList();
        context.Say(context.T("documents.list", ("titles", AdviceList.Join(context, titles))), titles, context.State.Expecting);
        return Answer.Prompted;
    }

    private Answer ShowChecklist(TurnContext context)
    {
        if (context.State.Case.Kind is null)
        {
            context.Say(context.T("advice.notYet"));
            return Answer.AskAgain;
        }

        // Ticking is for the plan; before it, a tap on an item would be read as an answer to the question.
        var ticks = context.State.Phase == Phase.WalkingPlan ? Writers.Checklist.TickActions(context) : [];
        context.SayInParts(Writers.Checklist.Render(context), ticks, context.State.Expecting);
        return Answer.Prompted;
    }

    /// <summary>The string that explains why the bot asks what it asks now.</summary>
    private static string WhyKey(ConversationState state) => state.Phase switch
    {
        Phase.Collecting when state.Expecting is Slot.Kind or Slot.SentAt or Slot.Amount or Slot.RecipientAction or Slot.Reason =>
            "why." + DisplayFormatter.Camel(state.Expecting.Value),
        Phase.Collecting or Phase.Confirming => "why.summary",
        _ => "why.none",
    };
}
