using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Confirms the one-line summary. A correction in the answer ("不对，是红包") is applied and the summary is
/// shown again; "no" alone asks what is wrong; tapping a slot name asks that slot afresh.
/// </summary>
internal static class ConfirmingStage
{
    public static void Handle(TurnContext context, SlotFindings findings, PlanPresenter planPresenter)
    {
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
                context.State = context.State with { Expecting = Slot.Confirm, Misses = 0 };
                context.Say(context.T("summary.whatIsWrong"), SummaryWriter.SlotNames(context), Slot.Confirm);
                return;
        }

        if (SummaryWriter.SlotNamed(context) is { } slot)
        {
            context.State = context.State with { Phase = Phase.Collecting, Case = Cleared(context.State.Case, slot) };
            QuestionAsker.Ask(context, Question.ForSlot(slot, context.State.Case.Kind));
            return;
        }

        QuestionAsker.Miss(context, SummaryWriter.ConfirmQuestion);
    }

    /// <summary>Yes or no to the summary; null when the message is neither.</summary>
    public static bool? ReadYesNo(TurnContext context, SlotFindings findings) =>
        ConfirmReader.Read(context.Text, context.Vocabulary, findings, context.State.Case);

    private static RecoveryCase Cleared(RecoveryCase known, Slot slot) => slot switch
    {
        Slot.Kind => known with { Kind = null },
        Slot.SentAt => known with { SentAt = null, SentAtPrecision = SentAtPrecision.Exact },
        Slot.Amount => known with { Amount = null },
        Slot.RecipientAction => known with { RecipientAction = null },
        _ => known with { Reason = null },
    };
}
