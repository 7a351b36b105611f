using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>Numbers of one language, as matches (for the other recognizers) or as model results.</summary>
internal static class NumberRecognizer
{
    public const string TypeName = "number";

    /// <summary>Every number, as the number model reports them (counts, not prices: 一美元 is money).</summary>
    public static List<NumberMatch> Find(string text, Language language)
    {
        var folded = WidthNormalizer.Fold(text);
        return language == Language.ZhCn ? ChineseNumberScanner.Scan(folded, countsOnly: true) : EnglishNumberParser.Scan(folded);
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

    public static ModelResult ToResult(string text, NumberMatch match) =>
        new(
            text.Substring(match.Span.Start, match.Span.Length),
            match.Span.Start,
            match.Span.EndExclusive - 1,
            TypeName,
            new Dictionary<string, object?> { ["value"] = DecimalFormat.Invariant(match.Value) });
}
