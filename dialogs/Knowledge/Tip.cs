using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>A prevention tip shown when a plan has worked. No <see cref="Kinds"/> means every kind.</summary>
public sealed record Tip(
    string Id,
    IReadOnlyList<string> Facts,
    Confidence Confidence,
    IReadOnlyList<PaymentKind> Kinds,
    IReadOnlyDictionary<Language, string> Texts)
{
    public bool AppliesTo(PaymentKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);

    public string TextFor(Language language) => Texts[language];
}
