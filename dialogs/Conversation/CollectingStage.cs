using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Gathers the situation: takes every slot a message fills, then asks only for what is missing. "不知道"
/// or a third answer that does not fit leaves the asked detail unknown and goes on.
/// </summary>
internal static class CollectingStage
{
    public static void Handle(TurnContext context, SlotFindings findings)
    {
        var answering = context.State.Expecting;
        var asked = Question.Next(context.State.Case, context.Clock) is { } pending && pending.Slot == answering ? pending : null;
        if (asked is not null && UnknownAnswers.SaysUnsure(context, findings))
        {
            MoveOnWithout(context, asked, "unsure.skipped");
            return;
        }

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
            var misses = context.State.Misses + 1;
            if (misses >= UnknownAnswers.MissesBeforeMovingOn)
            {
                MoveOnWithout(context, next, "unsure.movingOn");
                return;
            }

            context.State = context.State with { Expecting = Slot.SentAt, Misses = misses };
            context.Say(context.T("reprompt.sentAtFuture"), context.Actions(next.ActionsKey), Slot.SentAt);
            return;
        }

        if (!progressed && answering == next.Slot)
        {
            if (QuestionAsker.Miss(context, next))
            {
                MoveOnWithout(context, next, "unsure.movingOn");
            }

            return;
        }

        QuestionAsker.Ask(context, next);
    }

    /// <summary>Leaves the asked detail unknown, says so, and asks the next question (or shows the summary).</summary>
    private static void MoveOnWithout(TurnContext context, Question asked, string sayKey)
    {
        context.State = context.State with { Phase = Phase.Collecting, Case = UnknownAnswers.Skip(context.State.Case, asked), Misses = 0 };
        context.Say(context.T(sayKey));
        AskNextOrConfirm(context, progressed: true, futureTime: false, answering: null);
    }
}
