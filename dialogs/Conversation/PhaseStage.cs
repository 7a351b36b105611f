using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// After the interrupts: the message is read for the situation and the stage of the phase answers it
/// (collecting, confirming, walking the plan, finished). The first sign of fraud gets the urgent advice first.
/// </summary>
internal sealed class PhaseStage(FindingsReader reader, PlanPresenter planPresenter)
{
    public void Handle(TurnContext context)
    {
        var findings = reader.Read(context);
        if (findings.Reason == Reason.Fraud && !context.State.FraudSignalsSeen)
        {
            context.State = context.State with { FraudSignalsSeen = true };
            context.Say(context.T("fraud.urgent"));
        }

        switch (context.State.Phase)
        {
            case Phase.Confirming:
                ConfirmingStage.Handle(context, findings, planPresenter);
                break;
            case Phase.WalkingPlan:
                WalkingStage.Handle(context, findings, planPresenter);
                break;
            case Phase.Finished when !findings.Any:
                context.Say(context.T("finished"), context.Actions("actions.finished"));
                break;
            case Phase.Finished:
                context.State = ConversationReset.StartOver(context.State);
                CollectingStage.Handle(context, findings);
                break;
            default:
                CollectingStage.Handle(context, findings);
                break;
        }
    }
}
