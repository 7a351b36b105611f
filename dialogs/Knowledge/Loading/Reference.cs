namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>An id one file names in another (a step's documents), with its place, checked once both are loaded.</summary>
internal sealed record Reference(string File, int Line, string Id);
