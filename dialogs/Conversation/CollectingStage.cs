using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Gathers the situation: takes every slot a message fills, then asks only for what is missing.</summary>
internal static class CollectingStage
{
    public static void Handle(TurnContext context, SlotFindings findings)
    {
        var answering = context.State.Expecting;
        var merge = CaseMerger.Merge(context.State.Case, findings, answering);
        context.State = context.State with { Phase = Phase.Collecting, Case = merge.Case };
        SummaryWriter.SayWhatChanged(context, merge.Changed);
        AskNextOrConfirm(context, progressed: merge.Progressed, futureTime: findings.SentAtInFuture, answering);
    }

    public static void AskNextOrConfirm(TurnContext context, bool progressed, bool futureTime, Slot? answering)
    {
        var next = Question.Next(context.State.Case, context.Clock);
        if (next is null)
        {
            SummaryWriter.AskToConfirm(context);
            return;
        }

        if (futureTime && next.Slot == Slot.SentAt)
        {
            context.State = context.State with { Expecting = Slot.SentAt };
            context.Say(context.T("reprompt.sentAtFuture"), context.Actions(next.ActionsKey), Slot.SentAt);
            return;
        }

        if (!progressed && answering == next.Slot)
        {
            QuestionAsker.Miss(context, next);
            return;
        }

        QuestionAsker.Ask(context, next);
    }
}
