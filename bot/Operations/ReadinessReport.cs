namespace RecoveryBot.Bot.Operations;

/// <summary>The answer of <c>/readyz</c>.</summary>
public sealed record ReadinessReport(bool Ready, string Knowledge, string Store);
