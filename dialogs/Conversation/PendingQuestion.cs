namespace RecoveryBot.Dialogs.Conversation;

/// <summary>What the conversation was waiting for, asked again after an interruption.</summary>
internal sealed class PendingQuestion(PlanPresenter planPresenter)
{
    /// <summary>The whole question again: the summary, the full current step, or the next slot.</summary>
    public void AskAgain(TurnContext context)
    {
        switch (context.State.Phase)
        {
            case Phase.Confirming:
                SummaryWriter.AskToConfirm(context);
                break;
            case Phase.WalkingPlan:
                planPresenter.PresentCurrentStep(context);
                break;
            case Phase.Finished:
                context.Say(context.T("finished"), context.Actions("actions.finished"));
                break;
            default:
                CollectingStage.AskNextOrConfirm(context, progressed: true, futureTime: false, answering: null);
                break;
        }
    }

    /// <summary>After an answer or a warning: the current question again, without repeating a whole step.</summary>
    public void AskAgainBriefly(TurnContext context)
    {
        if (context.State.Phase == Phase.WalkingPlan)
        {
            planPresenter.RemindCurrentStep(context);
            return;
        }

        AskAgain(context);
    }
}
