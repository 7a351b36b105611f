using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One row of knowledge/rules.yaml. An empty condition list matches every value; a null
/// <see cref="Window"/> matches both windows. The first rule that matches a situation decides its plan.
/// </summary>
public sealed record DecisionRule(
    string Id,
    string Matrix,
    IReadOnlyList<PaymentKind> Kinds,
    IReadOnlyList<RecipientAction> RecipientActions,
    IReadOnlyList<Reason> Reasons,
    TimeWindow? Window,
    bool Urgent,
    IReadOnlyList<string> StepIds)
{
    public bool Matches(PaymentKind kind, RecipientAction action, Reason reason, TimeWindow window) =>
        (Kinds.Count == 0 || Kinds.Contains(kind))
        && (RecipientActions.Count == 0 || RecipientActions.Contains(action))
        && (Reasons.Count == 0 || Reasons.Contains(reason))
        && (Window is null || Window == window);
}
