using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// Something the bot cannot know and the user must fill in: the <see cref="Mark"/> left in the text
/// ("【对方真实姓名】") and an optional <see cref="Hint"/> on where to find it.
/// </summary>
public sealed record DocumentBlank(string Mark, string? Hint);

/// <summary>A document template in one language.</summary>
public sealed record DocumentText(
    string Title,
    string FileName,
    string Body,
    string? Caveat,
    IReadOnlyDictionary<string, DocumentBlank> Blanks);

/// <summary>
/// A document the bot fills from the situation (knowledge/documents/&lt;id&gt;.yaml): the body holds
/// computed placeholders (<see cref="Placeholders.DocumentNames"/>) and named blanks for what only the
/// user knows. <see cref="Phrases"/> are the words by which a user asks for it.
/// </summary>
public sealed record DocumentTemplate(
    string Id,
    Provenance Provenance,
    CaseConditions When,
    IReadOnlyDictionary<Language, DocumentText> Texts,
    IReadOnlyDictionary<Language, IReadOnlyList<string>> Phrases);
