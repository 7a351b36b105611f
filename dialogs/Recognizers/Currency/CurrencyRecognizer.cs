using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>Currencies of one language, as matches (for the bot policy) or as model results.</summary>
internal static class CurrencyRecognizer
{
    public const string TypeName = "currency";

    public static List<CurrencyMatch> Find(string text, Language language)
    {
        try
        {
            return language == Language.ZhCn ? ChineseCurrencyScanner.Scan(text) : EnglishCurrencyScanner.Scan(text);
        }
        catch (OverflowException)
        {
            return []; // an amount beyond decimal's range is no amount a user sent
        }
    }

    public static IReadOnlyList<ModelResult> Recognize(string text, Language language)
    {
        var matches = Find(text, language);
        var results = new List<ModelResult>(matches.Count);
        foreach (var match in matches)
        {
            results.Add(ToResult(text, match));
        }

        return results;
    }

    public static ModelResult ToResult(string text, CurrencyMatch match)
    {
        var resolution = new Dictionary<string, object?>
        {
            ["value"] = match.Value is { } v ? DecimalFormat.Invariant(v) : null,
            ["unit"] = match.Unit.Name,
        };
        if (match.Unit.Iso is { } iso)
        {
            resolution["isoCurrency"] = iso;
        }

        return new ModelResult(text.Substring(match.Span.Start, match.Span.Length), match.Span.Start, match.Span.EndExclusive - 1, TypeName, resolution);
    }
}
