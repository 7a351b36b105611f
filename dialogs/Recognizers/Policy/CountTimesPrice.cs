using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers.Currency;
using RecoveryBot.Dialogs.Recognizers.Dates;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// "两次，每次199", "转了三笔，每笔500", "paid 3 times, 120 each", "paid twice, 150 each": a count of payments and the
/// price of each, in either order, make one amount (their product). A count alone ("付了两次", "paid 3 times") is no
/// amount at all, and a price without a count stays the amount it states. A merchant charging the same payment again
/// ("被重复扣款，扣了两次，每次128", "the shop charged me twice, 256 each") costs only the extra charges: (count − 1) × price.
/// </summary>
internal static class CountTimesPrice
{
    private const int MaxDistance = 20;
    private const decimal MaxCount = 100;

    private const string ChineseCountWords = "次笔回趟";
    private static readonly string[] ChineseCountNouns = ["个红包", "个转账", "个转帐", "份"];
    private static readonly string[] ChineseEachMarkers = ["每", "各", "一次", "一笔"];

    private static readonly string[] EnglishCountNouns =
    [
        "times", "payments", "transfers", "transactions", "installments", "instalments", "red packets", "packets",
        "envelopes", "charges", "deposits",
    ];

    private static readonly string[] ChineseRepeatedCharge = ["重复", "多扣", "扣了", "扣款", "扣费", "扣钱"];
    private static readonly string[] EnglishRepeatedCharge = ["charged", "double", "duplicate", "billed", "deducted", "for the same"];

    private static readonly string[] EnglishEachAfter = ["each", "apiece", "per time", "per payment", "per transfer", "a time", "every time", "each time"];
    private static readonly string[] EnglishEachBefore = ["each", "each time", "every time", "each one", "each of them"];

    /// <summary>Whether the number ending at <paramref name="end"/> counts payments ("3 times", "三笔").</summary>
    public static bool CountsPayments(string text, int end, Language language)
    {
        var k = SkipSpaces(text, end);
        if (language == Language.ZhCn)
        {
            return k < text.Length && (ChineseCountWords.Contains(text[k], StringComparison.Ordinal) || MatchLength(text, k, ChineseCountNouns, StringComparison.Ordinal) > 0);
        }

        return IsWordAt(text, k, EnglishCountNouns);
    }

    public static void Combine(string text, List<NumberMatch> numbers, List<CurrencyMatch> currencies, List<DateTimeEntity> times, Language language)
    {
        NumberMatch? count = null;
        foreach (var number in numbers)
        {
            if (decimal.IsInteger(number.Value) && number.Value is >= 2 and <= MaxCount && !times.Exists(t => t.Span.Overlaps(number.Span))
                && CountsPayments(text, number.Span.EndExclusive, language))
            {
                count = number;
                break;
            }
        }

        if ((count ?? CountWord(text, language)) is not { } n)
        {
            return;
        }

        CurrencyMatch? price = null;
        foreach (var candidate in PriceCandidates(numbers, currencies, times, n))
        {
            var distance = candidate.Span.Start > n.Span.Start ? candidate.Span.Start - n.Span.EndExclusive : n.Span.Start - candidate.Span.EndExclusive;
            if (distance <= MaxDistance && IsPriceOfEach(text, candidate.Span, language))
            {
                price = candidate;
                break;
            }
        }

        if (price is not { Value: { } each } p)
        {
            return;
        }

        currencies.RemoveAll(c => c.Span.Overlaps(n.Span) || c.Span.Overlaps(p.Span));
        var span = TextSpan.FromBounds(Math.Min(n.Span.Start, p.Span.Start), Math.Max(n.Span.EndExclusive, p.Span.EndExclusive));
        var paid = RepeatsACharge(text, language) ? n.Value - 1 : n.Value;
        currencies.Add(new CurrencyMatch(span, paid * each, p.Unit));
        currencies.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
    }

    private static bool RepeatsACharge(string text, Language language)
    {
        var (words, comparison) = language == Language.ZhCn
            ? (ChineseRepeatedCharge, StringComparison.Ordinal)
            : (EnglishRepeatedCharge, StringComparison.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            if (text.Contains(word, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"twice", "thrice": a count said as one word.</summary>
    private static NumberMatch? CountWord(string text, Language language)
    {
        if (language == Language.ZhCn)
        {
            return null;
        }

        foreach (var (word, value) in (ReadOnlySpan<(string, decimal)>)[("twice", 2m), ("thrice", 3m)])
        {
            var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsAsciiLetter(text[at - 1])) && IsWordAt(text, at, [word]))
            {
                return new NumberMatch(new TextSpan(at, word.Length), value);
            }
        }

        return null;
    }

    private static IEnumerable<CurrencyMatch> PriceCandidates(List<NumberMatch> numbers, List<CurrencyMatch> currencies, List<DateTimeEntity> times, NumberMatch count)
    {
        foreach (var money in currencies)
        {
            if (money.Value is not null && !money.Span.Overlaps(count.Span))
            {
                yield return money;
            }
        }

        foreach (var number in numbers)
        {
            if (number.Value > 0 && !number.Span.Overlaps(count.Span) && !times.Exists(t => t.Span.Overlaps(number.Span))
                && !currencies.Exists(c => c.Span.Overlaps(number.Span)))
            {
                yield return new CurrencyMatch(number.Span, number.Value, CurrencyUnit.ChineseYuan);
            }
        }
    }

    /// <summary>"每次199", "各500", "120 each", "each 120", "$50 apiece".</summary>
    private static bool IsPriceOfEach(string text, TextSpan price, Language language)
    {
        if (language == Language.ZhCn)
        {
            var from = Math.Max(0, price.Start - 5);
            var before = text.AsSpan(from, price.Start - from);
            foreach (var marker in ChineseEachMarkers)
            {
                if (before.Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        var after = SkipSpaces(text, price.EndExclusive);
        if (IsWordAt(text, after, EnglishEachAfter))
        {
            return true;
        }

        var lead = text.AsSpan(0, price.Start).TrimEnd();
        foreach (var word in EnglishEachBefore)
        {
            if (lead.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (lead.Length == word.Length || !char.IsAsciiLetter(lead[^(word.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>One of the English words at <paramref name="i"/>, ending at a non-letter ("times", not "timestamp").</summary>
    private static bool IsWordAt(string text, int i, string[] words)
    {
        var length = MatchLength(text, i, words, StringComparison.OrdinalIgnoreCase);
        return length > 0 && (i + length == text.Length || !char.IsAsciiLetter(text[i + length]));
    }

    private static int MatchLength(string text, int i, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            if (i + word.Length <= text.Length && string.Compare(text, i, word, 0, word.Length, comparison) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }
}
