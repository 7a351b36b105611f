namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>Where a number or rule in the knowledge comes from: the facts it rests on, how sure they are, and the article it quotes.</summary>
public sealed record Provenance(IReadOnlyList<string> Facts, Confidence Confidence, string? Article);
