namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>A currency found in text: an amount in <see cref="Unit"/>, or only the currency's name (null value).</summary>
internal readonly record struct CurrencyMatch(TextSpan Span, decimal? Value, CurrencyUnit Unit);
