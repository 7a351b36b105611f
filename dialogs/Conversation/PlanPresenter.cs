using System.Globalization;
using System.Text;
using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Builds the plan from the knowledge, presents it as a numbered list with concrete local times and the
/// deadlines that apply (plus the machine-readable <see cref="RecoveryPlanContract"/>), and walks through
/// it one step at a time: what to do, what to have at hand, what to say, what happens next, what if it
/// fails, with the evidence checklist, court costs and documents where the step asks for them.
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

        var list = new StringBuilder(context.T(plan.Urgent ? "plan.intro.urgent" : "plan.intro"));
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var planned = plan.Steps[i];
            var text = TextOf(context, planned.Step);
            list.Append('\n').Append(context.T(
                "plan.line",
                ("number", (i + 1).ToString(CultureInfo.InvariantCulture)),
                ("title", text.Title),
                ("summary", Placeholders.Fill(text.Summary, StepValues(context, planned.Due))),
                ("due", DueSuffix(context, planned.Due))).TrimEnd());
        }

        var deadlines = advice.Deadlines.Render(context);
        if (deadlines.Length > 0)
        {
            list.Append("\n\n").Append(deadlines);
        }

        foreach (var key in UnknownNotes(known))
        {
            list.Append("\n\n").Append(context.T(key));
        }

        list.Append("\n\n").Append(context.T("plan.askAnything"));
        context.Say(list.ToString(), plan: Contract(context, plan));
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
        Section(message, context, "step.bring", "bring", text.Bring);
        if (text.Script is { Length: > 0 } script)
        {
            message.Append("\n\n").Append(context.T("step.script")).Append('\n').Append(script.TrimEnd());
        }

        Section(message, context, "step.expect", "expect", text.Expect);
        Section(message, context, "step.ifFails", "ifFails", text.IfFails);
        Section(message, context, "step.caveat", "caveat", text.Caveat);
        foreach (var block in step.Shows)
        {
            var rendered = block switch
            {
                StepShows.Checklist => advice.Checklist.Render(context),
                StepShows.Costs => advice.Costs.Render(context),
                _ => advice.Deadlines.Render(context),
            };
            if (rendered.Length > 0)
            {
                message.Append("\n\n").Append(rendered);
            }
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
        context.Say(message.ToString(), StepActions(context, step), Slot.StepOutcome);
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
        var message = context.T("plan.success") + "\n" + string.Join("\n", tips) + "\n" + context.T("plan.success.end");
        Finish(context);
        context.Say(message, context.Actions("actions.finished"));
    }

    private List<string> StepActions(TurnContext context, Step step)
    {
        var actions = new List<string>(context.Actions(step.Outcome == StepOutcomeKind.Task ? "actions.stepDone" : "actions.stepOutcome"));
        if (step.Shows.Contains(StepShows.Checklist))
        {
            actions.AddRange(advice.Checklist.TickActions(context));
        }

        actions.AddRange(advice.Documents.ForStep(step, context.State.Case).Select(d => d.Texts[context.Language].Title));
        actions.Add(context.Texts.Get("actions.why"));
        return actions;
    }

    private static string AskKey(Step step) => step.Outcome == StepOutcomeKind.Task ? "step.askDone" : "step.ask";

    private static string StepNumber(TurnContext context) => (context.State.CurrentStep + 1).ToString(CultureInfo.InvariantCulture);

    private static void Section(StringBuilder message, TurnContext context, string key, string name, string? value)
    {
        if (value is { Length: > 0 })
        {
            message.Append("\n\n").Append(context.T(key, (name, value.TrimEnd())));
        }
    }

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

    private static string DueSuffix(TurnContext context, DateTimeOffset? due) => due switch
    {
        null => string.Empty,
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
