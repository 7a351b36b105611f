namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>One reading of an entity in upstream's resolution shape: a timex and a value, or a start and an end.</summary>
internal sealed record DateTimeValue(string Timex, string? Value = null, string? Start = null, string? End = null, string? Mod = null);
