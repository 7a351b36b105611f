using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers.Currency;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// "本来想转200，结果转成了2000", "I meant to send 50 yuan but sent 500": the first amount is what the user meant to
/// send, the second what left the account. The bot works from the second, so the intended one is set aside.
/// </summary>
internal static class IntendedAmount
{
    private static readonly string[] ChineseIntent = ["本来", "原本", "本想", "想转", "想发", "想给", "打算", "应该", "准备"];
    private static readonly string[] ChineseOutcome = ["结果", "却", "但是", "但", "可是", "实际", "其实", "成了", "错转", "多转", "转成"];
    private static readonly string[] EnglishIntent = ["meant to", "wanted to", "supposed to", "intended to", "planned to", "was going to", "should have"];
    private static readonly string[] EnglishOutcome = ["but", "instead", "actually", "ended up"];

    public static void SetAside(string text, List<CurrencyMatch> amounts, Language language)
    {
        if (amounts.Count < 2 || amounts[0].Value is null || amounts[1].Value is null)
        {
            return;
        }

        var (intent, outcome, comparison) = language == Language.ZhCn
            ? (ChineseIntent, ChineseOutcome, StringComparison.Ordinal)
            : (EnglishIntent, EnglishOutcome, StringComparison.OrdinalIgnoreCase);
        var before = text.AsSpan(0, amounts[0].Span.Start);
        var between = text.AsSpan(amounts[0].Span.EndExclusive, amounts[1].Span.Start - amounts[0].Span.EndExclusive);
        if (ContainsAny(before, intent, comparison) && ContainsAny(between, outcome, comparison))
        {
            amounts.RemoveAt(0);
        }
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, comparison))
            {
                return true;
            }
        }

        return false;
    }
}
