namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// One problem in the knowledge folder. <see cref="File"/> is relative to the folder ("steps/x.yaml");
/// <see cref="Line"/> is 1-based, or 0 when the problem concerns the whole file.
/// </summary>
public sealed record KnowledgeError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
