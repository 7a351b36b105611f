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
    public RecoveryPlan Build(PaymentKind kind, RecipientAction action, Reason reason, DateTimeOffset sentAt, DateTimeOffset now) =>
        Build(new RecoveryCase(kind, sentAt, null, action, reason), now);

    /// <summary>
    /// The plan for a settled case, unknown parts included: the rules decide for an unknown kind, reason or
    /// window; a step due some time after sending has no due time when the time of sending is unknown.
    /// </summary>
    public RecoveryPlan Build(RecoveryCase known, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(known);
        var action = known.RecipientAction ?? RecipientAction.Unknown;
        var rule = knowledge.MatchRule(known.Kind, action, known.Reason, known.WindowAt(now));
        var offset = known.SentAt?.Offset ?? now.Offset;
        var localNow = now.ToOffset(offset);
        var steps = rule.StepIds
            .Select(id => knowledge.Steps[id])
            .Select(step => new PlannedStep(step, Due(step, known, localNow)))
            .ToList();
        return new RecoveryPlan(rule, steps);
    }

    /// <summary>Within 24 hours of sending, the automatic refund (facts A1, B1) is still ahead.</summary>
    public static TimeWindow WindowOf(DateTimeOffset sentAt, DateTimeOffset now) =>
        now - sentAt < AutoRefundDelay ? TimeWindow.Within24Hours : TimeWindow.After24Hours;

    private static DateTimeOffset? Due(Step step, RecoveryCase known, DateTimeOffset localNow) => step.Due switch
    {
        null => null,
        { From: DueAnchor.Now } due => due.After.AddTo(localNow),
        { } due when known.SentAt is { } sentAt && (!known.IsUnknown(UnknownSlots.TimeOfDay) || !CountsHours(due.After)) => due.Resolve(sentAt, localNow),
        _ => null,
    };

    /// <summary>A due time some hours after sending needs the hour; one some days or years after, only the day.</summary>
    private static bool CountsHours(KnowledgeDuration after) => after.Unit is DurationUnit.Minutes or DurationUnit.Hours;
}
