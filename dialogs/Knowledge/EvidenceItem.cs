using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One line of an evidence checklist: a short <see cref="Label"/>, what exactly to keep, and where the evidence comes
/// from (<see cref="Source"/>, the "证据来源" of a court's evidence list).
/// </summary>
public sealed record EvidenceText(string Label, string Detail, string Source);

/// <summary>
/// An item of evidence worth keeping (knowledge/evidence.yaml), for the situations in <see cref="When"/>.
/// <see cref="Phrases"/> are the words by which a user says they have it ("账单截图了").
/// <see cref="InDocuments"/>: listed in the evidence list of documents (a report receipt is not, since it
/// comes from the very report the police summary is for).
/// </summary>
public sealed record EvidenceItem(
    string Id,
    Provenance Provenance,
    CaseConditions When,
    IReadOnlyDictionary<Language, EvidenceText> Texts,
    IReadOnlyDictionary<Language, IReadOnlyList<string>> Phrases,
    bool InDocuments = true);
