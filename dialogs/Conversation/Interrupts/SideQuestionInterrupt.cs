using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation.Interrupts;

/// <summary>
/// Questions asked on the way — can I sue, how do I learn who they are, are you a person, will I get the
/// money back — get a short, honest answer from the knowledge, then the pending question again (the
/// current step, briefly). A message that also answers the pending question is left to the stage.
/// </summary>
internal sealed class SideQuestionInterrupt(FindingsReader findings, PendingQuestion pending) : ITurnInterrupt
{
    private const string LawsuitStep = "lawsuit";

    public bool TryHandle(TurnContext context)
    {
        if (context.InterruptWords.FindQuestion(context.Text) is not { } question || AnswersThePendingQuestion(context))
        {
            return false;
        }

        context.Say(question switch
        {
            SideQuestion.Sue => AboutSuing(context),
            SideQuestion.Identity => context.T("question.identity"),
            SideQuestion.Human => context.T("question.human"),
            _ => context.T("question.chances"),
        });
        pending.AskAgainBriefly(context);
        return true;
    }

    private bool AnswersThePendingQuestion(TurnContext context) => context.State.Phase switch
    {
        Phase.WalkingPlan => StepTalk.SaysHowTheStepWent(context)
            || context.AdviceWords.MoneyBack.Matches(context.Text)
            || context.Vocabulary.CorrectionCues.Matches(context.Text),
        Phase.Finished => false,
        _ => findings.SaysSomething(context),
    };

    /// <summary>The answer fits the reason, and points to the lawsuit step when the plan still has it ahead.</summary>
    private static string AboutSuing(TurnContext context)
    {
        var answer = context.T(context.State.Case.Reason switch
        {
            Reason.Fraud => "question.sue.fraud",
            Reason.MerchantDispute => "question.sue.merchantDispute",
            _ => "question.sue",
        });

        var state = context.State;
        var index = state.Phase == Phase.WalkingPlan ? IndexOf(state.PlanStepIds, LawsuitStep) : -1;
        if (index < 0 || index < state.CurrentStep)
        {
            return answer;
        }

        var pointer = index == state.CurrentStep
            ? context.T("question.sue.now")
            : context.T("question.sue.inPlan", ("number", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return answer + "\n" + pointer;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
