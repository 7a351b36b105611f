namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>A number found in text, with its exact value.</summary>
internal readonly record struct NumberMatch(TextSpan Span, decimal Value);
