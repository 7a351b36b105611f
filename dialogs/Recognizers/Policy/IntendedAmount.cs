using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers.Currency;
using RecoveryBot.Dialogs.Recognizers.Dates;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// Two amounts where one is what the user meant and the other what left the account; the bot works from the second,
/// so the intended one is set aside. The frame makes both numbers amounts even without a paying verb.
/// <list type="bullet">
/// <item>intent, then outcome: "本来想转200，结果转成了2000", "本来600结果输成6000", "I meant to send 50 but sent 500":
/// the later amount left.</item>
/// <item>correction after: "entered 6000 rather than 600", "typed 6000 instead of 600", "转了6000而不是600": the earlier.</item>
/// <item>denial first: "不是600是6000", "不是600，而是6000", "not 600 but 6000": the later.</item>
/// <item>replacement first: "instead of 600 I typed 6000": the later.</item>
/// </list>
/// </summary>
internal static class IntendedAmount
{
    private static readonly string[] ChineseIntent = ["本来", "原本", "本想", "想转", "想发", "想给", "打算", "应该", "准备"];
    private static readonly string[] ChineseOutcome =
        ["结果", "却", "但是", "但", "可是", "实际", "其实", "成了", "错转", "多转", "转成", "输成", "打成", "按成", "写成", "填成", "变成",
         "多输", "多按", "多打"];

    // "300... 哦不对，是3000", "around $300... actually no, it was 2,100": the user corrects the figure just given.
    private static readonly string[] ChineseSelfCorrection = ["说错了", "记错了", "哦不", "不对不对", "更正"];
    private static readonly string[] EnglishSelfCorrection = ["i mean", "i meant", "actually no", "no wait", "sorry", "correction"];

    private static readonly string[] ChineseCorrectionBetween = ["而不是", "不是"];
    private static readonly string[] ChineseDenialBefore = ["不是"];
    private static readonly string[] ChineseAffirmBetween = ["是"];

    private static readonly string[] EnglishIntent =
        ["meant to", "wanted to", "supposed to", "intended to", "planned to", "was going to", "should have", "instead of", "rather than"];

    private static readonly string[] EnglishOutcome = ["but", "instead", "actually", "ended up", "sent", "typed", "hit", "entered"];
    private static readonly string[] EnglishCorrectionBetween = ["rather than", "instead of", "not"];
    private static readonly string[] EnglishDenialBefore = ["not"];
    private static readonly string[] EnglishAffirmBetween = ["but", "it was", "it's", "it is"];
    private static readonly string[] EnglishReplacedBefore = ["instead of", "rather than"];

    public static void SetAside(string text, List<CurrencyMatch> amounts, List<NumberMatch> numbers, List<DateTimeEntity> times, Language language)
    {
        var candidates = Candidates(text, amounts, numbers, times, language);
        if (candidates.Count < 2)
        {
            return;
        }

        var first = candidates[0];
        for (var k = 1; k < candidates.Count; k++)
        {
            if (Kept(text, first, candidates[k], language) is { } kept)
            {
                var second = candidates[k];
                amounts.RemoveAll(a => a.Span.Overlaps(first.Span) || a.Span.Overlaps(second.Span));
                amounts.Add(kept);
                amounts.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
                return;
            }
        }
    }

    /// <summary>Which of two amounts left the account, when the words between them (and before) frame them so.</summary>
    private static CurrencyMatch? Kept(string text, CurrencyMatch first, CurrencyMatch second, Language language)
    {
        // A count-times-price amount spans the figures inside it ("两次 同一单 每次199"): overlapping readings frame nothing.
        if (second.Span.Start < first.Span.EndExclusive)
        {
            return null;
        }

        var chinese = language == Language.ZhCn;
        var comparison = chinese ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var before = text.AsSpan(0, first.Span.Start);
        var between = text.AsSpan(first.Span.EndExclusive, second.Span.Start - first.Span.EndExclusive);
        if (ContainsAny(between, chinese ? ChineseSelfCorrection : EnglishSelfCorrection, comparison))
        {
            return second;
        }

        if (ContainsAny(between, chinese ? ChineseCorrectionBetween : EnglishCorrectionBetween, comparison))
        {
            return first;
        }

        var intended = (ContainsAny(before, chinese ? ChineseIntent : EnglishIntent, comparison) && ContainsAny(between, chinese ? ChineseOutcome : EnglishOutcome, comparison))
                       || (ContainsAny(Tail(before, 8), chinese ? ChineseDenialBefore : EnglishDenialBefore, comparison)
                           && ContainsAny(between, chinese ? ChineseAffirmBetween : EnglishAffirmBetween, comparison))
                       || (!chinese && ContainsAny(Tail(before, 12), EnglishReplacedBefore, comparison));
        return intended ? second : null;
    }
    /// <summary>Money with a value, and bare numbers (as yuan) that are not money, part of a time, or a count of things.</summary>
    private static List<CurrencyMatch> Candidates(string text, List<CurrencyMatch> amounts, List<NumberMatch> numbers, List<DateTimeEntity> times, Language language)
    {
        var candidates = amounts.Where(a => a.Value is not null).ToList();
        foreach (var number in numbers)
        {
            if (number.Value > 0 && !amounts.Exists(a => a.Span.Overlaps(number.Span)) && !times.Exists(t => t.Span.Overlaps(number.Span))
                && !MoneyContext.CountsThings(text, number.Span, language))
            {
                candidates.Add(new CurrencyMatch(number.Span, number.Value, CurrencyUnit.ChineseYuan));
            }
        }

        candidates.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return candidates;
    }

    /// <summary>The few characters right before the first amount: a denial must be about it ("不是600").</summary>
    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> before, int length) => before.Length <= length ? before : before[^length..];

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            var at = text.IndexOf(word, comparison);
            if (at >= 0 && (comparison == StringComparison.Ordinal || IsWholeWord(text, at, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> text, int at, int length) =>
        (at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + length == text.Length || !char.IsAsciiLetter(text[at + length]));
}
