using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Confirms the one-line summary. A correction in the answer ("不对，是红包") is applied and the summary is
/// shown again; "no" alone asks what is wrong; tapping a slot name asks that slot afresh. "我不确定", or a
/// third answer that fits nothing, goes on with the plan as summarized: every detail can still be
/// corrected while walking it.
/// </summary>
internal static class ConfirmingStage
{
    public static void Handle(TurnContext context, SlotFindings findings, PlanPresenter planPresenter)
    {
        if (UnknownAnswers.SaysUnsure(context, findings))
        {
            GoOnWithPlan(context, planPresenter);
            return;
        }

        var merge = CaseMerger.Merge(context.State.Case, findings, answering: null);
        if (merge.Progressed)
        {
            context.State = context.State with { Case = merge.Case };
            SummaryWriter.SayWhatChanged(context, merge.Changed);
            CollectingStage.AskNextOrConfirm(context, progressed: true, futureTime: false, answering: null);
            return;
        }

        if (findings.SentAtInFuture)
        {
            context.State = context.State with { Phase = Phase.Collecting, Expecting = Slot.SentAt };
            context.Say(context.T("reprompt.sentAtFuture"), context.Actions("actions.sentAt"), Slot.SentAt);
            return;
        }

        switch (ReadYesNo(context, findings))
        {
            case true:
                planPresenter.Present(context);
                return;
            case false:
                SaidNo(context, planPresenter);
                return;
        }

        if (SummaryWriter.SlotNamed(context) is { } slot)
        {
            context.State = context.State with { Phase = Phase.Collecting, Case = Cleared(context.State.Case, slot) };
            QuestionAsker.Ask(context, Question.ForSlot(slot, context.State.Case.Kind));
            return;
        }

        if (QuestionAsker.Miss(context, SummaryWriter.ConfirmQuestion))
        {
            GoOnWithPlan(context, planPresenter);
        }
    }

    /// <summary>
    /// "No" without the right value: ask what is wrong; the second time explain, with the way on; a third
    /// bare "no" goes on with the plan rather than asking again (a correction still works at any step).
    /// </summary>
    private static void SaidNo(TurnContext context, PlanPresenter planPresenter)
    {
        var misses = context.State.Misses + 1;
        if (misses >= UnknownAnswers.MissesBeforeMovingOn)
        {
            GoOnWithPlan(context, planPresenter);
            return;
        }

        context.State = context.State with { Expecting = Slot.Confirm, Misses = misses };
        if (misses == 1)
        {
            context.Say(context.T("summary.whatIsWrong"), SummaryWriter.SlotNames(context), Slot.Confirm);
            return;
        }

        var actions = UnknownAnswers.ActionsWithWayOn(context, SummaryWriter.SlotNames(context), SummaryWriter.ConfirmQuestion.WayOnKey);
        context.Say(context.T(SummaryWriter.ConfirmQuestion.ExplainKey), actions, Slot.Confirm);
    }

    private static void GoOnWithPlan(TurnContext context, PlanPresenter planPresenter)
    {
        context.Say(context.T("confirm.goingOn"));
        planPresenter.Present(context);
    }

    /// <summary>Yes or no to the summary; null when the message is neither.</summary>
    public static bool? ReadYesNo(TurnContext context, SlotFindings findings) =>
        ConfirmReader.Read(context.Text, context.Vocabulary, findings, context.State.Case);

    private static RecoveryCase Cleared(RecoveryCase known, Slot slot) => slot switch
    {
        Slot.Kind => known with { Kind = null, Unknown = known.Unknown & ~UnknownSlots.Kind },
        Slot.SentAt => known with { SentAt = null, SentAtPrecision = SentAtPrecision.Exact, Unknown = known.Unknown & ~(UnknownSlots.SentAt | UnknownSlots.TimeOfDay) },
        Slot.Amount => known with { Amount = null, Unknown = known.Unknown & ~UnknownSlots.Amount },
        Slot.RecipientAction => known with { RecipientAction = null },
        _ => known with { Reason = null, Unknown = known.Unknown & ~UnknownSlots.Reason },
    };
}
