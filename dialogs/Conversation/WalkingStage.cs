using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Walks through the plan: "did it work?" → success ends with tips, failure moves to the next step,
/// waiting keeps the step. A correction ("其实是红包") or news about the recipient ("他已经收款了") or a
/// sign of fraud rebuilds the plan. On a task step (keep evidence, report, be warned) "done" moves on;
/// only news that the money is back ends the plan. A detail that was unknown ("是转账", "是发错了") fills in
/// and rebuilds the plan. "我不确定", or a third answer that fits nothing, moves on to the next step.
/// </summary>
internal static class WalkingStage
{
    public static void Handle(TurnContext context, SlotFindings findings, PlanPresenter planPresenter)
    {
        var isTask = planPresenter.CurrentStep(context)?.Step.Outcome == StepOutcomeKind.Task;
        if (UnknownAnswers.SaysUnsure(context, findings))
        {
            planPresenter.NextStep(context, afterTask: isTask, leadKey: "step.unsureNext");
            return;
        }

        var outcome = Vocabulary.FindFirst(context.Vocabulary.StepOutcomes, context.Text);
        var isCorrection = context.Vocabulary.CorrectionCues.Matches(context.Text);

        // While walking, "他刚刚收款了" talks about what happened next, not about when the money was sent;
        // but what the bill showed ("是转账", "500块", "昨天晚上8点发的") fills in what was unknown.
        var known = context.State.Case;
        var relevant = isCorrection ? findings : findings with
        {
            Kind = known.IsUnknown(UnknownSlots.Kind) ? findings.Kind : null,
            SentAt = known.IsUnknown(UnknownSlots.SentAt) && findings.RecipientAction is null && outcome is null ? findings.SentAt : null,
            Amount = known.IsUnknown(UnknownSlots.Amount) ? findings.Amount : null,
        };
        var merge = CaseMerger.Merge(known, relevant, answering: null);
        var rebuild = (isCorrection && merge.Changed.Count > 0)
            || merge.Filled.Any(slot => slot is Slot.Kind or Slot.Reason or Slot.SentAt)
            || (outcome is null && merge.Changed.Contains(Slot.RecipientAction))
            || (merge.Changed.Contains(Slot.Reason) && merge.Case.Reason == Reason.Fraud);
        if (rebuild)
        {
            context.State = context.State with { Case = merge.Case };
            SummaryWriter.SayWhatChanged(context, merge.Changed);
            context.Say(context.T("plan.updated"));
            planPresenter.Present(context);
            return;
        }

        if (merge.Filled.Count > 0)
        {
            // A filled amount changes no step: keep it and carry on with the question.
            context.State = context.State with { Case = merge.Case };
        }

        if (isTask && context.AdviceWords.MoneyBack.Matches(context.Text))
        {
            planPresenter.Succeeded(context);
            return;
        }

        if (isTask && outcome is null && context.AdviceWords.TaskDone.Matches(context.Text))
        {
            outcome = StepOutcome.Worked;
        }

        switch (outcome)
        {
            case StepOutcome.Worked or StepOutcome.Failed when isTask:
                planPresenter.NextStep(context, afterTask: true);
                break;
            case StepOutcome.Worked:
                planPresenter.Succeeded(context);
                break;
            case StepOutcome.Failed:
                planPresenter.NextStep(context);
                break;
            case StepOutcome.Waiting:
                context.State = context.State with { Expecting = Slot.StepOutcome, Misses = 0 };
                context.Say(context.T("step.waiting"), context.Actions(isTask ? "actions.stepDone" : "actions.stepOutcome"), Slot.StepOutcome);
                break;
            default:
                if (QuestionAsker.Miss(context, isTask ? PlanPresenter.TaskQuestion : PlanPresenter.OutcomeQuestion))
                {
                    planPresenter.NextStep(context, afterTask: isTask, leadKey: "step.movingOn");
                }

                break;
        }
    }
}
