namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>Whether a message, while walking the plan, is about how the current step went.</summary>
internal static class StepTalk
{
    public static bool SaysHowTheStepWent(TurnContext context) =>
        Vocabulary.FindFirst(context.Vocabulary.StepOutcomes, context.Text) is not null || context.AdviceWords.TaskDone.Matches(context.Text);
}
