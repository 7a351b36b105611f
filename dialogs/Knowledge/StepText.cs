namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// What the user reads for one step in one language: what to do and where (<see cref="Instructions"/>),
/// what to have at hand (<see cref="Bring"/>), what to say (<see cref="Script"/>), what happens next and
/// how long it takes (<see cref="Expect"/>), what to do if it fails (<see cref="IfFails"/>), the reasoning
/// shown on "why?" (<see cref="Why"/>) and what is not verified (<see cref="Caveat"/>). Texts may hold the
/// placeholders of <see cref="Placeholders.StepNames"/>; <see cref="Fill"/> replaces them.
/// </summary>
public sealed record StepText(
    string Title,
    string Summary,
    string Instructions,
    string? Script,
    string? Caveat,
    string Why,
    string? Bring,
    string Expect,
    string IfFails)
{
    public StepText Fill(IReadOnlyDictionary<string, string> values) => new(
        Placeholders.Fill(Title, values),
        Placeholders.Fill(Summary, values),
        Placeholders.Fill(Instructions, values),
        Script is null ? null : Placeholders.Fill(Script, values),
        Caveat is null ? null : Placeholders.Fill(Caveat, values),
        Placeholders.Fill(Why, values),
        Bring is null ? null : Placeholders.Fill(Bring, values),
        Placeholders.Fill(Expect, values),
        Placeholders.Fill(IfFails, values));
}
