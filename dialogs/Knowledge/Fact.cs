namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>A verified fact the advice relies on; ids follow wechat-facts.md (A1, B2, …).</summary>
public sealed record Fact(string Id, string Summary, Confidence Confidence, IReadOnlyList<Source> Sources);

/// <summary>Where a fact comes from. <see cref="Url"/> is absent when wechat-facts.md names no address.</summary>
public sealed record Source(string Title, Uri? Url);
