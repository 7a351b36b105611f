namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>
/// One way of writing a currency. <see cref="StandsAlone"/>: the name alone is a mention of the currency
/// ("人民币", "dollars"); short or ambiguous forms (元, 块, 分, $) count only next to an amount.
/// <see cref="Multiplier"/> covers codes that carry a scale (MUSD = a million US dollars).
/// </summary>
internal sealed record CurrencyName(string Surface, CurrencyUnit Unit, bool StandsAlone = false, decimal Multiplier = 1m);
