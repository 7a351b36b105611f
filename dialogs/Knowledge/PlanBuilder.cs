using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>Turns a situation into its ordered recovery plan, with due times.</summary>
public sealed class PlanBuilder(KnowledgeBase knowledge)
{
    private static readonly TimeSpan AutoRefundDelay = TimeSpan.FromHours(24);

    /// <summary>
    /// Due times are shown in the UTC offset of <paramref name="sentAt"/> (the user's local time), also
    /// those counted from <paramref name="now"/>.
    /// </summary>
    public RecoveryPlan Build(PaymentKind kind, RecipientAction action, Reason reason, DateTimeOffset sentAt, DateTimeOffset now)
    {
        var rule = knowledge.MatchRule(kind, action, reason, WindowOf(sentAt, now));
        var localNow = now.ToOffset(sentAt.Offset);
        var steps = rule.StepIds
            .Select(id => knowledge.Steps[id])
            .Select(step => new PlannedStep(step, step.Due?.Resolve(sentAt, localNow)))
            .ToList();
        return new RecoveryPlan(rule, steps);
    }

    /// <summary>Within 24 hours of sending, the automatic refund (facts A1, B1) is still ahead.</summary>
    public static TimeWindow WindowOf(DateTimeOffset sentAt, DateTimeOffset now) =>
        now - sentAt < AutoRefundDelay ? TimeWindow.Within24Hours : TimeWindow.After24Hours;
}
