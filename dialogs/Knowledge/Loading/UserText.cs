namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>A piece of user-facing text and where it was written, kept for the wrong-claim audit.</summary>
internal sealed record UserText(string File, int Line, string Where, string Text);
