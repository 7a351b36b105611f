namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Asks, re-asks and explains. A prompt is: ask → (no fit) re-ask more simply → (no fit again) explain
/// with examples and where to look in WeChat, always with the way out ("帮助", "重新开始").
/// </summary>
internal static class QuestionAsker
{
    private const int MissesBeforeExplaining = 2;

    public static void Ask(TurnContext context, Question question)
    {
        context.State = context.State with { Expecting = question.Slot, Misses = 0 };
        context.Say(context.T(question.AskKey), context.Actions(question.ActionsKey), question.Slot);
    }

    public static void Miss(TurnContext context, Question question)
    {
        var misses = context.State.Misses + 1;
        context.State = context.State with { Expecting = question.Slot, Misses = misses };
        var key = misses >= MissesBeforeExplaining ? question.ExplainKey : question.RepromptKey;
        context.Say(context.T(key), context.Actions(question.ActionsKey), question.Slot);
    }

    public static void Explain(TurnContext context, Question question)
    {
        context.State = context.State with { Expecting = question.Slot };
        context.Say(context.T(question.ExplainKey), context.Actions(question.ActionsKey), question.Slot);
    }
}
