using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One row of knowledge/rules.yaml. An empty condition matches every value, an unknown one included; a
/// condition that lists values matches only those, and an unknown value only where it lists
/// <c>unknown</c> (<see cref="UnknownKind"/>, <see cref="UnknownReason"/>, <see cref="UnknownWindow"/>).
/// The first rule that matches a situation decides its plan.
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
    /// <summary>The rule lists <c>kind: [unknown]</c>: it applies when the user could not say what they sent.</summary>
    public bool UnknownKind { get; init; }

    public bool UnknownReason { get; init; }

    /// <summary><c>window: unknown</c>: the time of sending is too vague to tell whether 24 hours have passed.</summary>
    public bool UnknownWindow { get; init; }

    public bool Matches(PaymentKind? kind, RecipientAction action, Reason? reason, TimeWindow? window) =>
        Fits(Kinds, UnknownKind, kind)
        && (RecipientActions.Count == 0 || RecipientActions.Contains(action))
        && Fits(Reasons, UnknownReason, reason)
        && (Window is null && !UnknownWindow || (window is { } w ? Window == w : UnknownWindow));

    private static bool Fits<T>(IReadOnlyList<T> listed, bool unknownListed, T? value)
        where T : struct, Enum =>
        (listed.Count == 0 && !unknownListed) || (value is { } v ? listed.Contains(v) : unknownListed);
}
