namespace RecoveryBot.Dialogs.Advice;

/// <summary>A document filled from the situation: its title, file name, text, and the blanks still in it.</summary>
public sealed record FilledDocument(string Id, string Title, string FileName, string Text, IReadOnlyList<string> MissingMarks);
