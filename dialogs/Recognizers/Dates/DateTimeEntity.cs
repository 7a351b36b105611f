namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A date/time expression found in text: its span, subtype and upstream-shaped values, plus the readings the bot
/// policy chooses from (empty for durations and sets).
/// </summary>
internal sealed record DateTimeEntity(TextSpan Span, DateTimeSubtype Kind, IReadOnlyList<DateTimeValue> Values, IReadOnlyList<Reading> Readings);
