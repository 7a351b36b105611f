namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>The ordered steps for one situation, from the rule that matched it.</summary>
public sealed record RecoveryPlan(DecisionRule Rule, IReadOnlyList<PlannedStep> Steps)
{
    public bool Urgent => Rule.Urgent;
}

/// <summary>A step of a plan with its due time (in the UTC offset of the moment the money was sent).</summary>
public sealed record PlannedStep(Step Step, DateTimeOffset? Due);
