namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One entry of a strings file. <see cref="Texts"/> has one text, or several alternatives when the file
/// gives a list. Entries that state a fact or a number carry <see cref="Facts"/> and a confidence.
/// </summary>
public sealed record TextEntry(string Key, IReadOnlyList<string> Texts, IReadOnlyList<string> Facts, Confidence? Confidence);
