using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>What the user reads about a deadline: while it is ahead, and (optionally) once it has passed.</summary>
public sealed record DeadlineText(string Upcoming, string? Passed);

/// <summary>
/// A deadline or time limit that applies to some situations (knowledge/deadlines.yaml): counted from
/// <see cref="From"/> plus <see cref="After"/>, shown in the user's local time.
/// </summary>
public sealed record Deadline(
    string Id,
    Provenance Provenance,
    CaseConditions When,
    DueAnchor From,
    KnowledgeDuration After,
    IReadOnlyDictionary<Language, DeadlineText> Texts);
