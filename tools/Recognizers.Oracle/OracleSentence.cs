namespace RecoveryBot.Recognizers.Oracle;

/// <summary>
/// One generated message: its culture, its text, "now" for it, and the amount and time phrases in it with their
/// template families (what a documented difference is keyed on).
/// </summary>
public sealed record OracleSentence(string Culture, string Text, DateTime Reference, OraclePhrase Amount, OraclePhrase Time);

/// <summary>A phrase of a generated message and the family of the template that wrote it.</summary>
public sealed record OraclePhrase(string Family, string Text);
