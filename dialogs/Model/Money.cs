namespace RecoveryBot.Dialogs.Model;

/// <summary>An amount with its ISO 4217 currency (CNY unless the user said otherwise).</summary>
public sealed record Money(decimal Value, string Currency);
