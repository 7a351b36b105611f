using System.Globalization;
using System.Text;
using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Builds the plan from the knowledge, presents it short — the step titles with their due times, as text and
/// as a <see cref="PlanOverview"/> for cards, plus the machine-readable <see cref="RecoveryPlanContract"/> —
/// and walks through it one step at a time. A step says what to do now and the text to copy; what to have
/// ready, what if it fails, why and the sources, the checklist, costs and documents come on request through
/// its buttons, so that every message fits one phone screen (<see cref="MessageLength"/>).
/// </summary>
internal sealed class PlanPresenter(KnowledgeBase knowledge, PlanBuilder planBuilder, AdviceWriters advice)
{
    public static Question OutcomeQuestion { get; } = new(Slot.StepOutcome, "step.ask", "actions.stepOutcome", "reprompt.stepOutcome", "explain.stepOutcome", "actions.stepUnsure");

    /// <summary>"Is it done?" for a task step (keep evidence, report, be warned).</summary>
    public static Question TaskQuestion { get; } = new(Slot.StepOutcome, "step.askDone", "actions.stepDone", "reprompt.stepDone", "explain.stepDone", "actions.stepUnsure");

    public AdviceWriters Advice => advice;

    /// <summary>Builds a fresh plan for the case, presents it and starts on its first step.</summary>
    public void Present(TurnContext context)
    {
        var known = context.State.Case;
        var plan = planBuilder.Build(known, context.Clock.UtcNow);
        context.State = context.State with
        {
            Phase = Phase.WalkingPlan,
            PlanStepIds = [.. plan.Steps.Select(s => s.Step.Id)],
            CurrentStep = 0,
            PlannedAt = context.Clock.UtcNow,
            Misses = 0,
        };

        var heading = context.T(plan.Urgent ? "plan.intro.urgent" : "plan.intro");
        var steps = plan.Steps
            .Select((planned, i) =>
            {
                var title = TextOf(context, planned.Step).Title;
                var header = context.T("step.header", ("number", (i + 1).ToString(CultureInfo.InvariantCulture)), ("title", title));
                return new PlanOverviewStep(i + 1, title, header, DueLabel(context, planned.Due));
            })
            .ToList();
        var list = new StringBuilder(heading);
        foreach (var step in steps)
        {
            list.Append('\n').Append(context.T(
                "plan.line",
                ("number", step.Number.ToString(CultureInfo.InvariantCulture)),
                ("title", step.Title),
                ("due", step.Due is { } due ? context.T("plan.due", ("due", due)) : string.Empty)).TrimEnd());
        }

        var askAnything = context.T("plan.askAnything");
        list.Append("\n\n").Append(askAnything);
        var cardActions = DetailActions(context, plan.Steps[0].Step);
        if (advice.Deadlines.Render(context).Length > 0)
        {
            cardActions.Add(context.Texts.Get("actions.deadlines"));
        }

        var overview = new PlanOverview(heading, steps, context.State.CurrentStep, context.T("plan.current"), [askAnything], cardActions);
        context.Say(new BotReply(list.ToString(), context.Language, [], Plan: Contract(context, plan)) { Overview = overview });

        // What the plan could not take into account comes after it, on its own screen.
        var unknown = string.Join("\n\n", UnknownNotes(known).Select(key => context.T(key)));
        if (unknown.Length > 0)
        {
            context.SayInParts(unknown);
        }

        PresentCurrentStep(context);
    }

    /// <summary>Explains the current step in full, then asks how it went.</summary>
    public void PresentCurrentStep(TurnContext context)
    {
        var planned = CurrentStep(context);
        if (planned is null)
        {
            Exhausted(context);
            return;
        }

        var step = planned.Step;
        var text = TextOf(context, step).Fill(StepValues(context, planned.Due));
        var message = new StringBuilder()
            .Append(context.T("step.header", ("number", StepNumber(context)), ("title", text.Title)))
            .Append('\n').Append(text.Instructions.TrimEnd());
        if (text.Script is { Length: > 0 } script)
        {
            message.Append("\n\n").Append(context.T("step.script")).Append('\n').Append(script.TrimEnd());
        }

        var due = DueSentence(context, planned.Due);
        if (due.Length > 0)
        {
            message.Append("\n\n").Append(due);
        }

        var documents = advice.Documents.ForStep(step, context.State.Case);
        if (documents.Count > 0)
        {
            var titles = AdviceList.Join(context, documents.Select(d => d.Texts[context.Language].Title));
            message.Append("\n\n").Append(context.T("step.documents", ("titles", titles)));
        }

        message.Append('\n').Append(context.T(AskKey(step)));
        context.State = context.State with { Expecting = Slot.StepOutcome, Misses = 0 };
        if (step.Shows.Contains(StepShows.Checklist))
        {
            // The checklist is what this step is about: it follows the step on its own screen, with the buttons.
            context.SayInParts(message.ToString());
            context.SayInParts(advice.Checklist.Render(context), StepActions(context, step), Slot.StepOutcome);
            return;
        }

        context.SayInParts(message.ToString(), StepActions(context, step), Slot.StepOutcome);
    }

    /// <summary>"要准备", "如果不行" about the current step, in its context, with the step's buttons; false when no step is being walked.</summary>
    public bool TryDetail(TurnContext context, StepDetail detail)
    {
        if (CurrentStep(context) is not { } planned)
        {
            return false;
        }

        var text = FilledText(context, planned);
        var message = new StringBuilder(context.T("step.header", ("number", StepNumber(context)), ("title", text.Title))).Append('\n');
        switch (detail)
        {
            case StepDetail.Bring:
                message.Append(text.Bring is { Length: > 0 } bring ? context.T("step.bring", ("bring", bring.TrimEnd())) : context.T("step.bring.nothing"));
                break;
            default:
                message.Append(context.T("step.expect", ("expect", text.Expect.TrimEnd())))
                    .Append("\n\n").Append(context.T("step.ifFails", ("ifFails", text.IfFails.TrimEnd())));
                break;
        }

        message.Append("\n\n").Append(context.T(AskKey(planned.Step)));

        // The answer carries the step's buttons and question, so no reminder of the step has to follow it.
        context.State = context.State with { Expecting = Slot.StepOutcome };
        context.SayInParts(message.ToString(), StepActions(context, planned.Step), Slot.StepOutcome);
        return true;
    }

    /// <summary>After an interruption: which step we are on, and the question again, briefly.</summary>
    public void RemindCurrentStep(TurnContext context)
    {
        var planned = CurrentStep(context);
        if (planned is null)
        {
            Exhausted(context);
            return;
        }

        var title = TextOf(context, planned.Step).Title;
        context.State = context.State with { Expecting = Slot.StepOutcome };
        context.Say(
            context.T("step.reminder", ("number", StepNumber(context)), ("title", title)) + "\n" + context.T(AskKey(planned.Step)),
            StepActions(context, planned.Step),
            Slot.StepOutcome);
    }

    /// <summary>The step being walked through, or null when the plan is done.</summary>
    public PlannedStep? CurrentStep(TurnContext context)
    {
        var state = context.State;
        if (state.Phase != Phase.WalkingPlan || state.CurrentStep >= state.PlanStepIds.Count || !state.Case.IsSettled)
        {
            return null;
        }

        var id = state.PlanStepIds[state.CurrentStep];
        var known = state.Case;
        var rebuilt = planBuilder.Build(known, state.PlannedAt ?? context.Clock.UtcNow);
        return rebuilt.Steps.FirstOrDefault(s => s.Step.Id == id)
            ?? (knowledge.Steps.TryGetValue(id, out var step) ? new PlannedStep(step, null) : null);
    }

    /// <summary>The follow-ups the presented plan asks for now (<see cref="FollowUpSchedule"/>); none outside a plan.</summary>
    public IReadOnlyList<PlannedFollowUp> FollowUps(TurnContext context)
    {
        var state = context.State;
        if (state.Phase != Phase.WalkingPlan || !state.Case.IsSettled || state.PlannedAt is not { } plannedAt)
        {
            return [];
        }

        return FollowUpSchedule.For(state, planBuilder.Build(state.Case, plannedAt).Steps);
    }

    /// <summary>The wording of a step for this situation (a reason's variant, else the kind's, else the default), filled.</summary>
    public static StepText FilledText(TurnContext context, PlannedStep planned) => TextOf(context, planned.Step).Fill(StepValues(context, planned.Due));

    /// <summary>
    /// Moves to the next step: after one that did not work, or after a task that is done; with
    /// <paramref name="leadKey"/>, after one the user could not say anything about.
    /// </summary>
    public void NextStep(TurnContext context, bool afterTask = false, string? leadKey = null)
    {
        context.State = context.State with { CurrentStep = context.State.CurrentStep + 1 };
        if (context.State.CurrentStep >= context.State.PlanStepIds.Count)
        {
            if (afterTask)
            {
                Finish(context);
                context.Say(context.T("plan.done"), context.Actions("actions.finished"));
                return;
            }

            Exhausted(context);
            return;
        }

        context.Say(context.T(leadKey ?? (afterTask ? "step.doneNext" : "step.next")));
        PresentCurrentStep(context);
    }

    /// <summary>The money is back: close with a few prevention tips that fit the payment kind.</summary>
    public void Succeeded(TurnContext context)
    {
        var kind = context.State.Case.Kind;
        var tips = knowledge.Tips
            .Where(t => t.Kinds.Count == 0 || (kind is { } k && t.Kinds.Contains(k)))
            .Take(3)
            .Select(t => context.T("plan.tip", ("tip", t.TextFor(context.Language))));
        var message = new StringBuilder(context.T("plan.success"));
        var end = "\n" + context.T("plan.success.end");
        foreach (var tip in tips)
        {
            // As many tips as fit on one screen: a relieved user reads one message, not three.
            if (MessageLength.Count(message + "\n" + tip + end) > MessageLength.Limit(context.Language))
            {
                break;
            }

            message.Append('\n').Append(tip);
        }

        Finish(context);
        context.Say(message + end, context.Actions("actions.finished"));
    }

    private List<string> StepActions(TurnContext context, Step step)
    {
        var actions = new List<string>(context.Actions(step.Outcome == StepOutcomeKind.Task ? "actions.stepDone" : "actions.stepOutcome"));
        if (step.Shows.Contains(StepShows.Checklist))
        {
            actions.AddRange(advice.Checklist.TickActions(context));
        }

        actions.AddRange(advice.Documents.ForStep(step, context.State.Case).Select(d => d.Texts[context.Language].Title));
        actions.AddRange(step.Shows.Select(block => context.Texts.Get(block switch
        {
            StepShows.Checklist => "actions.checklist",
            StepShows.Costs => "actions.costs",
            _ => "actions.deadlines",
        })));
        actions.AddRange(DetailActions(context, step));
        return actions;
    }

    /// <summary>The buttons that ask about a step: what to have ready (when it says), what if it fails, why, sources.</summary>
    private static List<string> DetailActions(TurnContext context, Step step)
    {
        var actions = new List<string>();
        if (TextOf(context, step).Bring is { Length: > 0 })
        {
            actions.Add(context.Texts.Get("actions.bring"));
        }

        actions.Add(context.Texts.Get("actions.ifFails"));
        actions.Add(context.Texts.Get("actions.why"));
        actions.Add(context.Texts.Get("actions.sources"));
        return actions;
    }

    private static string AskKey(Step step) => step.Outcome == StepOutcomeKind.Task ? "step.askDone" : "step.ask";

    private static string StepNumber(TurnContext context) => (context.State.CurrentStep + 1).ToString(CultureInfo.InvariantCulture);

    private static StepText TextOf(TurnContext context, Step step)
    {
        var known = context.State.Case;
        return step.TextFor(context.Language, known.Kind, known.Reason);
    }

    /// <summary>What the plan could not take into account, said carefully, with how to make it more precise.</summary>
    private static IEnumerable<string> UnknownNotes(RecoveryCase known)
    {
        if (known.Kind is null || known.Reason is null)
        {
            yield return "plan.unknown.lookItUp";
        }

        if (known.SentAt is null)
        {
            yield return "plan.unknown.sentAt";
        }
        else if (known.IsUnknown(UnknownSlots.TimeOfDay))
        {
            yield return "plan.unknown.timeOfDay";
        }

        if (known.Reason is null)
        {
            yield return "plan.unknown.reason";
        }

        if (known.Amount is null || known.SentAt is null)
        {
            yield return "plan.unknown.blanks";
        }
    }

    private static void Exhausted(TurnContext context)
    {
        Finish(context);
        context.Say(context.T("plan.exhausted"), context.Actions("actions.finished"));
    }

    private static void Finish(TurnContext context) =>
        context.State = context.State with { Phase = Phase.Finished, Expecting = null, Misses = 0 };

    private static RecoveryPlanContract Contract(TurnContext context, RecoveryPlan plan)
    {
        var known = context.State.Case;
        var situation = new SituationContract(
            known.Kind,
            known.SentAt is { } sentAt ? context.Clock.ToLocal(sentAt) : null,
            known.Amount?.Value,
            known.Amount?.Currency,
            known.RecipientAction ?? RecipientAction.Unknown,
            known.Reason);
        var steps = plan.Steps
            .Select(s => new PlanStepContract(s.Step.Id, TextOf(context, s.Step).Title, s.Due is { } due ? context.Clock.ToLocal(due) : null))
            .ToArray();
        var followUps = FollowUpSchedule.For(context.State, plan.Steps)
            .Select(f => f with { Due = context.Clock.ToLocal(f.Due) })
            .ToArray();
        return new RecoveryPlanContract(situation, steps) { FollowUps = followUps };
    }

    private static Dictionary<string, string> StepValues(TurnContext context, DateTimeOffset? due)
    {
        var known = context.State.Case;
        var display = context.Display;
        // An unknown amount or time is a blank the user fills in, as in the documents: "【金额】", "[amount]".
        return new Dictionary<string, string>
        {
            ["amount"] = known.Amount is { } amount ? display.Amount(amount) : context.T("blank.amount"),
            ["sentAt"] = known.SentAt is { } sentAt ? display.SentAt(sentAt, known.SentAtPrecision) : context.T("blank.sentAt"),
            ["refundAt"] = known.WindowAt(context.Clock.UtcNow) is not null && known.SentAt is { } sent
                ? display.Moment(sent.AddHours(24))
                : context.T("blank.refundAt"),
            ["due"] = due is { } d ? AdviceFormat.Due(context, d, DueSpan(d, context)) : string.Empty,
        };
    }

    /// <summary>A due time within two days shows its clock time; a later one its date with the year.</summary>
    private static KnowledgeDuration DueSpan(DateTimeOffset due, TurnContext context) =>
        due - context.Clock.UtcNow < TimeSpan.FromDays(2) ? new KnowledgeDuration(1, DurationUnit.Hours) : new KnowledgeDuration(1, DurationUnit.Days);

    private static string? DueLabel(TurnContext context, DateTimeOffset? due) => due switch
    {
        null => null,
        { } d when d <= context.Clock.UtcNow.AddMinutes(1) => context.T("plan.due.now"),
        { } d => context.T("plan.due.at", ("due", AdviceFormat.Due(context, d, DueSpan(d, context)))),
    };

    private static string DueSentence(TurnContext context, DateTimeOffset? due) => due switch
    {
        null => string.Empty,
        { } d when d <= context.Clock.UtcNow.AddMinutes(1) => context.T("step.due.now"),
        { } d => context.T("step.due.at", ("due", AdviceFormat.Due(context, d, DueSpan(d, context)))),
    };
}
