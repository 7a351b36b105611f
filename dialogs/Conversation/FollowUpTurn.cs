using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The bot writes first because a step's due time came: "你昨天 21:00 发的红包，现在应该已经自动退回了。钱回来了吗？"
/// with buttons. Only when the follow-up is still wanted (the schedule still lists it and its time has come);
/// otherwise — the plan moved on, was finished or restarted, follow-ups were turned off — it says nothing.
/// The conversation moves to that step and waits for its outcome, so the answer goes through the normal turn.
/// </summary>
internal sealed class FollowUpTurn(PlanPresenter planPresenter)
{
    /// <summary>A follow-up may be handled this long before its time (clocks of two instances differ a little).</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(1);

    public void Handle(TurnContext context, string? stepId)
    {
        var wanted = planPresenter.FollowUps(context).FirstOrDefault(f => string.Equals(f.StepId, stepId, StringComparison.Ordinal));
        if (wanted is null || wanted.Due > context.Clock.UtcNow + ClockTolerance)
        {
            return;
        }

        var state = context.State;
        var index = Enumerable.Range(0, state.PlanStepIds.Count).First(i => string.Equals(state.PlanStepIds[i], stepId, StringComparison.Ordinal));
        context.State = state with { CurrentStep = index, Expecting = Slot.StepOutcome, Misses = 0, LastFollowUpAt = context.Clock.UtcNow };
        var planned = planPresenter.CurrentStep(context);
        if (planned is null)
        {
            context.State = state;
            return;
        }

        var known = context.State.Case;
        var key = context.Texts.Contains("followUp." + planned.Step.Id) ? "followUp." + planned.Step.Id : "followUp.generic";
        var text = context.T(
            key,
            ("sentAt", known.SentAt is { } sentAt ? context.Display.SentAt(sentAt, known.SentAtPrecision) : context.T("blank.sentAt")),
            ("title", PlanPresenter.FilledText(context, planned).Title));
        context.Say(text, context.Actions("actions.followUp"), Slot.StepOutcome);
    }
}
