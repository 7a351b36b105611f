namespace RecoveryBot.Recognizers.Oracle;

/// <summary>A family of phrasings (an amount, a time, or a whole-message frame) that writes one random member.</summary>
/// <param name="Family">Stable name, e.g. <c>zh.time.days-ago</c>: what a documented difference refers to.</param>
internal sealed record OracleTemplate(string Family, Func<Random, string> Write);
