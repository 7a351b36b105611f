namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// What the user reads for one step in one language. Texts may hold the placeholders of
/// <see cref="Placeholders.StepNames"/>; <see cref="Fill"/> replaces them.
/// </summary>
public sealed record StepText(string Title, string Summary, string Instructions, string? Script, string? Caveat)
{
    public StepText Fill(IReadOnlyDictionary<string, string> values) => new(
        Placeholders.Fill(Title, values),
        Placeholders.Fill(Summary, values),
        Placeholders.Fill(Instructions, values),
        Script is null ? null : Placeholders.Fill(Script, values),
        Caveat is null ? null : Placeholders.Fill(Caveat, values));
}
