using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// When a piece of knowledge applies, in the shape of a rule's <c>when</c>: each list may be empty, which
/// matches every value; the lists combine with "and".
/// </summary>
public sealed record CaseCondition(IReadOnlyList<PaymentKind> Kinds, IReadOnlyList<RecipientAction> RecipientActions, IReadOnlyList<Reason> Reasons)
{
    /// <summary>What kind of mistake (<c>mistake:</c>); <see cref="MistakeDetail.Unspecified"/> matches a case where the user has not said.</summary>
    public IReadOnlyList<MistakeDetail> Mistakes { get; init; } = [];

    public bool Matches(RecoveryCase known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return Fits(Kinds, known.Kind) && Fits(RecipientActions, known.RecipientAction) && Fits(Reasons, known.Reason)
            && (Mistakes.Count == 0 || Mistakes.Contains(known.Mistake));
    }

    private static bool Fits<T>(IReadOnlyList<T> allowed, T? value)
        where T : struct, Enum => allowed.Count == 0 || (value is { } v && allowed.Contains(v));
}

/// <summary>Alternatives of <see cref="CaseCondition"/>: none means always; otherwise any one that matches.</summary>
public sealed record CaseConditions(IReadOnlyList<CaseCondition> Alternatives)
{
    public static CaseConditions Always { get; } = new([]);

    public bool Matches(RecoveryCase known) => Alternatives.Count == 0 || Alternatives.Any(c => c.Matches(known));
}
