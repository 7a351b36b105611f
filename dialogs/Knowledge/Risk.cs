using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// A risky statement the bot interrupts for (knowledge/risks.yaml): someone wants a code, the screen, a
/// "safe account", a fee. <see cref="Phrases"/> recognise it; <see cref="Warnings"/> say what to do.
/// <see cref="AmountIsTheirs"/>: a figure in the same message is the scammer's fee, not the lost money.
/// </summary>
public sealed record Risk(
    string Id,
    Provenance Provenance,
    bool AmountIsTheirs,
    IReadOnlyDictionary<Language, IReadOnlyList<string>> Phrases,
    IReadOnlyDictionary<Language, string> Warnings);
