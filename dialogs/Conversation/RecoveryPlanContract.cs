using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The machine-readable plan sent in <c>channelData.recoveryPlan</c> (DESIGN.md, "The plan contract").</summary>
public sealed record RecoveryPlanContract(SituationContract Situation, IReadOnlyList<PlanStepContract> Steps);

/// <summary>The situation the plan was built for. <see cref="SentAt"/> carries the user's UTC offset.</summary>
public sealed record SituationContract(
    PaymentKind Kind,
    DateTimeOffset SentAt,
    decimal Amount,
    string Currency,
    RecipientAction RecipientAction,
    Reason Reason);

/// <summary>One step of the plan; <see cref="Id"/> is the knowledge step id.</summary>
public sealed record PlanStepContract(string Id, string Title, DateTimeOffset? Due);
