using System.Text;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Builds the plan from the knowledge, presents it as a numbered list with concrete local times (plus the
/// machine-readable <see cref="RecoveryPlanContract"/>), and walks through it one step at a time.
/// </summary>
internal sealed class PlanPresenter(KnowledgeBase knowledge, PlanBuilder planBuilder)
{
    public static Question OutcomeQuestion { get; } = new(Slot.StepOutcome, "step.ask", "actions.stepOutcome", "reprompt.stepOutcome", "explain.stepOutcome");

    /// <summary>Builds a fresh plan for the case, presents it and starts on its first step.</summary>
    public void Present(TurnContext context)
    {
        var known = context.State.Case;
        var plan = planBuilder.Build(known.Kind!.Value, known.RecipientAction!.Value, known.Reason!.Value, known.SentAt!.Value, context.Clock.UtcNow);
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
            var text = planned.Step.TextFor(context.Language, known.Kind.Value);
            list.Append('\n').Append(context.T(
                "plan.line",
                ("number", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("title", text.Title),
                ("summary", Placeholders.Fill(text.Summary, StepValues(context, planned.Due))),
                ("due", DueSuffix(context, planned.Due))).TrimEnd());
        }

        context.Say(list.ToString(), plan: Contract(context, plan));
        PresentCurrentStep(context);
    }

    /// <summary>Explains the current step: what to do, where, what to say, by when; then asks how it went.</summary>
    public void PresentCurrentStep(TurnContext context)
    {
        var planned = CurrentStep(context);
        if (planned is null)
        {
            Exhausted(context);
            return;
        }

        var known = context.State.Case;
        var text = planned.Step.TextFor(context.Language, known.Kind!.Value);
        var values = StepValues(context, planned.Due);
        var message = new StringBuilder()
            .Append(context.T("step.header", ("number", (context.State.CurrentStep + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("title", text.Title)))
            .Append('\n').Append(Placeholders.Fill(text.Instructions, values).TrimEnd());
        if (text.Script is { Length: > 0 } script)
        {
            message.Append("\n\n").Append(context.T("step.script")).Append('\n').Append(Placeholders.Fill(script, values).TrimEnd());
        }

        if (text.Caveat is { Length: > 0 } caveat)
        {
            message.Append("\n\n").Append(context.T("step.caveat", ("caveat", Placeholders.Fill(caveat, values).TrimEnd())));
        }

        var due = DueSentence(context, planned.Due);
        if (due.Length > 0)
        {
            message.Append("\n\n").Append(due);
        }

        message.Append('\n').Append(context.T("step.ask"));
        context.State = context.State with { Expecting = Slot.StepOutcome, Misses = 0 };
        context.Say(message.ToString(), context.Actions("actions.stepOutcome"), Slot.StepOutcome);
    }

    /// <summary>Moves to the next step after one that did not work.</summary>
    public void NextStep(TurnContext context)
    {
        context.State = context.State with { CurrentStep = context.State.CurrentStep + 1 };
        if (context.State.CurrentStep >= context.State.PlanStepIds.Count)
        {
            Exhausted(context);
            return;
        }

        context.Say(context.T("step.next"));
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

    private static void Exhausted(TurnContext context)
    {
        Finish(context);
        context.Say(context.T("plan.exhausted"), context.Actions("actions.finished"));
    }

    private static void Finish(TurnContext context) =>
        context.State = context.State with { Phase = Phase.Finished, Expecting = null, Misses = 0 };

    private PlannedStep? CurrentStep(TurnContext context)
    {
        var state = context.State;
        if (state.CurrentStep >= state.PlanStepIds.Count)
        {
            return null;
        }

        var id = state.PlanStepIds[state.CurrentStep];
        var known = state.Case;
        var rebuilt = planBuilder.Build(known.Kind!.Value, known.RecipientAction!.Value, known.Reason!.Value, known.SentAt!.Value, state.PlannedAt ?? context.Clock.UtcNow);
        return rebuilt.Steps.FirstOrDefault(s => s.Step.Id == id)
            ?? (knowledge.Steps.TryGetValue(id, out var step) ? new PlannedStep(step, null) : null);
    }

    private static RecoveryPlanContract Contract(TurnContext context, RecoveryPlan plan)
    {
        var known = context.State.Case;
        var situation = new SituationContract(
            known.Kind!.Value,
            context.Clock.ToLocal(known.SentAt!.Value),
            known.Amount!.Value,
            known.Amount.Currency,
            known.RecipientAction!.Value,
            known.Reason!.Value);
        var steps = plan.Steps
            .Select(s => new PlanStepContract(s.Step.Id, s.Step.TextFor(context.Language, known.Kind.Value).Title, s.Due is { } due ? context.Clock.ToLocal(due) : null))
            .ToArray();
        return new RecoveryPlanContract(situation, steps);
    }

    private static Dictionary<string, string> StepValues(TurnContext context, DateTimeOffset? due)
    {
        var known = context.State.Case;
        var display = context.Display;
        return new Dictionary<string, string>
        {
            ["amount"] = display.Amount(known.Amount!),
            ["sentAt"] = display.SentAt(known.SentAt!.Value, known.SentAtPrecision),
            ["refundAt"] = display.Moment(known.SentAt.Value.AddHours(24)),
            ["due"] = due is { } d ? display.Moment(d) : string.Empty,
        };
    }

    private static string DueSuffix(TurnContext context, DateTimeOffset? due) => due switch
    {
        null => string.Empty,
        { } d when d <= context.Clock.UtcNow.AddMinutes(1) => context.T("plan.due.now"),
        { } d => context.T("plan.due.at", ("due", context.Display.Moment(d))),
    };

    private static string DueSentence(TurnContext context, DateTimeOffset? due) => due switch
    {
        null => string.Empty,
        { } d when d <= context.Clock.UtcNow.AddMinutes(1) => context.T("step.due.now"),
        { } d => context.T("step.due.at", ("due", context.Display.Moment(d))),
    };
}
