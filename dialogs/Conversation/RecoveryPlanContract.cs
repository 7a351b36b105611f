using System.Text.Json.Serialization;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The machine-readable plan sent in <c>channelData.recoveryPlan</c> (DESIGN.md, "The plan contract").</summary>
public sealed record RecoveryPlanContract(SituationContract Situation, IReadOnlyList<PlanStepContract> Steps)
{
    /// <summary>When the bot will write first, in the user's UTC offset; empty when it will not (always written).</summary>
    public IReadOnlyList<PlannedFollowUp> FollowUps { get; init; } = [];
}

/// <summary>
/// The situation the plan was built for. <see cref="SentAt"/> carries the user's UTC offset. A detail the
/// user could not tell is null (kind, sentAt, amount with currency, reason); what the recipient did has
/// its own value, <see cref="RecipientAction.Unknown"/>. The nulls are written out (not omitted), so a
/// client sees every key of the situation.
/// </summary>
public sealed record SituationContract(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] PaymentKind? Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? SentAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Amount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Currency,
    RecipientAction RecipientAction,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Reason? Reason);

/// <summary>One step of the plan; <see cref="Id"/> is the knowledge step id.</summary>
public sealed record PlanStepContract(string Id, string Title, DateTimeOffset? Due);
