using System.Diagnostics.CodeAnalysis;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One recovery step (knowledge/steps/&lt;id&gt;.yaml). <see cref="Variants"/> hold complete texts for the
/// payment kinds that need their own wording; fields a variant leaves out were filled from the default
/// text when the step was loaded.
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The dialog code is written against this name; the project is C# only.")]
public sealed record Step(
    string Id,
    Confidence Confidence,
    IReadOnlyList<string> Facts,
    StepDue? Due,
    IReadOnlyDictionary<Language, StepText> Texts,
    IReadOnlyDictionary<PaymentKind, IReadOnlyDictionary<Language, StepText>> Variants)
{
    public StepText TextFor(Language language, PaymentKind kind) =>
        Variants.TryGetValue(kind, out var variant) ? variant[language] : Texts[language];

    public StepText TextFor(Language language) => Texts[language];
}
