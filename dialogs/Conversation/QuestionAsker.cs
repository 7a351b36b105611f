namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Asks, re-asks and explains. A prompt is: ask → (no fit) re-ask more simply → (no fit again) explain
/// briefly, with the options as buttons plus the way on ("不知道", "跳过"); the stage moves on after that
/// (<see cref="UnknownAnswers"/>).
/// </summary>
internal static class QuestionAsker
{
    private const int MissesBeforeExplaining = 2;

    public static void Ask(TurnContext context, Question question)
    {
        context.State = context.State with { Expecting = question.Slot, Misses = 0 };
        context.Say(context.T(question.AskKey), context.Actions(question.ActionsKey), question.Slot);
    }

    /// <summary>An answer that did not fit; true when this was the last chance and the caller should move on instead.</summary>
    public static bool Miss(TurnContext context, Question question)
    {
        var misses = context.State.Misses + 1;
        if (misses >= UnknownAnswers.MissesBeforeMovingOn)
        {
            context.State = context.State with { Misses = 0 };
            return true;
        }

        context.State = context.State with { Expecting = question.Slot, Misses = misses };
        if (misses >= MissesBeforeExplaining)
        {
            Explain(context, question);
        }
        else
        {
            context.Say(context.T(question.RepromptKey), context.Actions(question.ActionsKey), question.Slot);
        }

        return false;
    }

    /// <summary>The explanation, with the question's buttons and the way on.</summary>
    public static void Explain(TurnContext context, Question question)
    {
        context.State = context.State with { Expecting = question.Slot };
        var actions = UnknownAnswers.ActionsWithWayOn(context, context.Actions(question.ActionsKey), question.WayOnKey);
        context.Say(context.T(question.ExplainKey), actions, question.Slot);
    }
}
