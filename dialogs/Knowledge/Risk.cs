using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// A risky statement the bot interrupts for (knowledge/risks.yaml): someone wants a code, the screen, a
/// "safe account", a fee. <see cref="Phrases"/> recognise it, and so does any of the
/// <see cref="PhraseFamilies"/> when a message holds a phrase of each of its word lists ("说能帮我追回" and
/// "手续费" far apart); <see cref="Warnings"/> say what to do. <see cref="AmountIsTheirs"/>: a figure in
/// the same message is the scammer's fee, not the lost money.
/// </summary>
public sealed record Risk(
    string Id,
    Provenance Provenance,
    bool AmountIsTheirs,
    IReadOnlyDictionary<Language, IReadOnlyList<string>> Phrases,
    IReadOnlyDictionary<Language, string> Warnings)
{
    /// <summary>Word-list families per language; empty when the risk has none.</summary>
    public IReadOnlyDictionary<Language, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>> PhraseFamilies { get; init; } =
        new Dictionary<Language, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>>();
}
