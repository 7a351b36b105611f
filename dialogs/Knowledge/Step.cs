using System.Diagnostics.CodeAnalysis;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>What "did it work?" means for a step.</summary>
public enum StepOutcomeKind
{
    /// <summary>The step can bring the money back: success ends the plan.</summary>
    Recovery,

    /// <summary>A task on the way (keep evidence, report, be warned): done moves on to the next step.</summary>
    Task,
}

/// <summary>Extra blocks the dialog computes and shows with a step.</summary>
public enum StepShows
{
    /// <summary>The evidence checklist for the payment kind, with what the user has ticked off.</summary>
    Checklist,

    /// <summary>Court fees and security computed from the amount (knowledge/fees.yaml).</summary>
    Costs,

    /// <summary>The deadlines that apply to the situation (knowledge/deadlines.yaml).</summary>
    Deadlines,
}

/// <summary>
/// One recovery step (knowledge/steps/&lt;id&gt;.yaml). <see cref="Variants"/> hold complete texts for the
/// payment kinds that need their own wording, <see cref="ReasonVariants"/> for reasons (they win over a
/// kind's); fields a variant leaves out were filled from the default text when the step was loaded.
/// <see cref="Documents"/> are offered with the step when they fit the situation.
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
    public IReadOnlyDictionary<Reason, IReadOnlyDictionary<Language, StepText>> ReasonVariants { get; init; } =
        new Dictionary<Reason, IReadOnlyDictionary<Language, StepText>>();

    public StepOutcomeKind Outcome { get; init; } = StepOutcomeKind.Recovery;

    public IReadOnlyList<string> Documents { get; init; } = [];

    public IReadOnlyList<StepShows> Shows { get; init; } = [];

    public StepText TextFor(Language language, PaymentKind kind) =>
        Variants.TryGetValue(kind, out var variant) ? variant[language] : Texts[language];

    public StepText TextFor(Language language, PaymentKind kind, Reason reason) =>
        ReasonVariants.TryGetValue(reason, out var variant) ? variant[language] : TextFor(language, kind);

    /// <summary>The wording for a situation whose kind or reason may be unknown: the default text stands in for an unknown one.</summary>
    public StepText TextFor(Language language, PaymentKind? kind, Reason? reason) =>
        reason is { } r && ReasonVariants.TryGetValue(r, out var byReason) ? byReason[language]
        : kind is { } k ? TextFor(language, k)
        : Texts[language];

    public StepText TextFor(Language language) => Texts[language];
}
