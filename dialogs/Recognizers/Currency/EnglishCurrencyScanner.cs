using RecoveryBot.Dialogs.Recognizers.Numbers;
using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>
/// Money in English text: "500 yuan", "$20", "USD 200", "1000 HKD", "50 bucks", "3 dollars 50 cents",
/// "one kuai and five mao five", "75 USD million", and currency names alone ("dollars").
/// </summary>
internal static class EnglishCurrencyScanner
{
    public static List<CurrencyMatch> Scan(string text)
    {
        var folded = WidthNormalizer.Fold(text);
        var lowered = WidthNormalizer.FoldAndLower(text);
        var numbers = EnglishNumberParser.Scan(folded);
        var results = new List<CurrencyMatch>();
        var consumed = 0;
        for (var k = 0; k < numbers.Count; k++)
        {
            var number = numbers[k];
            if (number.Span.Start < consumed)
            {
                continue;
            }

            // A symbol or code glued to the number ($10, USD50) belongs to it, whatever precedes.
            var hasPrefix = TryPrefixed(lowered, numbers, k, consumed, out var prefixed, out var afterPrefixed);
            if (hasPrefix && prefixed.Span.EndExclusive > 0 && IsGluedPrefix(lowered, number))
            {
                results.Add(prefixed);
                consumed = prefixed.Span.EndExclusive;
                k = afterPrefixed - 1;
            }
            else if (TrySuffixed(lowered, numbers, k, out var suffixed, out var nextNumber))
            {
                results.Add(suffixed);
                consumed = suffixed.Span.EndExclusive;
                k = nextNumber - 1;
            }
            else if (hasPrefix)
            {
                results.Add(prefixed);
                consumed = prefixed.Span.EndExclusive;
                k = afterPrefixed - 1;
            }
        }

        AddGluedCodes(folded, lowered, results);
        AddBareNames(lowered, results);
        results.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return results;
    }

    private static bool IsGluedPrefix(string lowered, NumberMatch number) =>
        number.Span.Start > 0 && !char.IsWhiteSpace(lowered[number.Span.Start - 1]);

    /// <summary>"115USD": digits glued to a currency code, which the number model leaves alone as a measurement.</summary>
    private static void AddGluedCodes(string folded, string lowered, List<CurrencyMatch> results)
    {
        for (var i = 0; i < lowered.Length; i++)
        {
            if (!ArabicNumberReader.IsDigit(lowered[i]) || (i > 0 && char.IsAsciiLetterOrDigit(lowered[i - 1])) || Covers(results, i))
            {
                continue;
            }

            if (!ArabicNumberReader.TryReadPlain(folded, i, out var end, out var value) || end >= lowered.Length || !char.IsAsciiLetter(lowered[end]))
            {
                continue;
            }

            var name = CurrencyCatalog.MatchAt(lowered, end, CurrencyCatalog.EnglishWordPrefixes, true);
            if (name is not null)
            {
                results.Add(new CurrencyMatch(TextSpan.FromBounds(i, end + name.Surface.Length), value * name.Multiplier, name.Unit));
                i = end + name.Surface.Length;
            }
        }
    }

    private static bool TryPrefixed(string lowered, List<NumberMatch> numbers, int k, int consumed, out CurrencyMatch match, out int nextNumber)
    {
        match = default;
        nextNumber = k + 1;
        var number = numbers[k];
        var before = number.Span.Start;
        while (before > 0 && lowered[before - 1] == ' ' && number.Span.Start - before < 2)
        {
            before--;
        }

        var name = CurrencyCatalog.MatchEndingAt(lowered, before, CurrencyCatalog.SymbolPrefixes)
                   ?? CurrencyCatalog.MatchEndingAt(lowered, before, CurrencyCatalog.EnglishWordPrefixes);
        if (name is null && before != number.Span.Start)
        {
            before = number.Span.Start;
            name = CurrencyCatalog.MatchEndingAt(lowered, before, CurrencyCatalog.SymbolPrefixes)
                   ?? CurrencyCatalog.MatchEndingAt(lowered, before, CurrencyCatalog.EnglishWordPrefixes);
        }

        if (name is null || before - name.Surface.Length < consumed)
        {
            return false;
        }

        var value = number.Value * name.Multiplier;
        var end = number.Span.EndExclusive;
        (end, value, nextNumber) = AddMinorUnits(lowered, numbers, k + 1, end, value, name.Unit);
        match = new CurrencyMatch(TextSpan.FromBounds(before - name.Surface.Length, end), value, name.Unit);
        return true;
    }

    private static bool TrySuffixed(string lowered, List<NumberMatch> numbers, int k, out CurrencyMatch match, out int nextNumber)
    {
        match = default;
        nextNumber = k + 1;
        var number = numbers[k];
        if (!TryUnitAfter(lowered, number.Span.EndExclusive, out var unitEnd, out var name))
        {
            return false;
        }

        var value = number.Value * name.Multiplier;
        var end = unitEnd;
        var scaleEnd = SkipSpaces(lowered, end);
        if (TryScaleWordAt(lowered, scaleEnd, out var scaleWordEnd, out var scale))
        {
            // "75 USD million"
            value *= scale;
            end = scaleWordEnd;
        }

        (end, value, nextNumber) = AddMinorUnits(lowered, numbers, k + 1, end, value, name.Unit);
        match = new CurrencyMatch(TextSpan.FromBounds(number.Span.Start, end), value, name.Unit);
        return true;
    }

    /// <summary>"dollars 50 cents", "dollars and forty-five cents", "dollars forty five", "kuai and five mao five".</summary>
    private static (int End, decimal Value, int NextNumber) AddMinorUnits(
        string lowered, List<NumberMatch> numbers, int next, int end, decimal value, CurrencyUnit unit)
    {
        var isDollarLike = unit.EffectiveIso is "USD" or "HKD" or "CAD" or "AUD" || unit == CurrencyUnit.Dollar;
        var isYuan = unit == CurrencyUnit.ChineseYuan;
        if (!isDollarLike && !isYuan)
        {
            return (end, value, next);
        }

        var step = isYuan ? 0.1m : 0.01m;
        while (next < numbers.Count)
        {
            var gapStart = end;
            var j = SkipSpaces(lowered, gapStart);
            if (string.CompareOrdinal(lowered, j, "and ", 0, 4) == 0)
            {
                j = SkipSpaces(lowered, j + 4);
            }

            var part = numbers[next];
            if (part.Span.Start != j || part.Value < 0 || !decimal.IsInteger(part.Value))
            {
                break;
            }

            if (TryUnitAfter(lowered, part.Span.EndExclusive, out var partEnd, out var name))
            {
                if (name.Unit.ToMajor == 1m || name.Unit.ToMajor < step - 0.0000001m && isYuan && step == 0.1m && name.Unit != CurrencyUnit.Fen)
                {
                    break;
                }

                value += part.Value * name.Unit.ToMajor;
                end = partEnd;
                next++;
                if (name.Unit == CurrencyUnit.Jiao)
                {
                    step = 0.01m;
                    continue;
                }

                break;
            }

            // "thirteen dollars forty five", "15 dollars and 15", "five mao five": the smaller unit goes unsaid; but a number
            // that counts something of its own ("25 yuan 6 days ago", "100 dollars three times") is no part of the amount.
            if (part.Value >= (step == 0.01m ? 100 : 10) || CountsSomethingElse(lowered, part.Span.EndExclusive))
            {
                break;
            }

            value += part.Value * step;
            end = part.Span.EndExclusive;
            next++;
            break;
        }

        return (end, value, next);
    }

    private static bool CountsSomethingElse(string lowered, int afterNumber)
    {
        var next = SkipSpaces(lowered, afterNumber);
        return Dates.EnglishDurationParser.UnitWordAt(lowered, next) || Dates.EnglishText.WordAt(lowered, next, "times");
    }

    private static bool TryUnitAfter(string lowered, int at, out int end, out CurrencyName name)
    {
        end = at;
        name = null!;
        var j = SkipSpaces(lowered, at);
        if (j == at && j < lowered.Length && lowered[j] == '-')
        {
            j++; // "one-yen"
        }

        var found = CurrencyCatalog.MatchAt(lowered, j, CurrencyCatalog.EnglishSuffixes, true);
        if (found is null || GluedToFollowingNumber(lowered, j + found.Surface.Length))
        {
            return false;
        }

        end = j + found.Surface.Length;
        name = found;
        return true;
    }

    private static bool GluedToFollowingNumber(string lowered, int after) =>
        after < lowered.Length && ArabicNumberReader.IsDigit(lowered[after]);

    private static bool TryScaleWordAt(string lowered, int i, out int end, out decimal scale)
    {
        end = i;
        scale = 0;
        var wordEnd = i;
        while (wordEnd < lowered.Length && char.IsAsciiLetter(lowered[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == i || !EnglishNumberWords.TryScale(lowered[i..wordEnd], out scale))
        {
            return false;
        }

        end = wordEnd;
        return true;
    }

    private static void AddBareNames(string lowered, List<CurrencyMatch> results)
    {
        for (var i = 0; i < lowered.Length; i++)
        {
            if ((i > 0 && char.IsAsciiLetter(lowered[i - 1])) || !CurrencyCatalog.CanStartEnglishName(lowered[i])
                || Covers(results, i))
            {
                continue;
            }

            var name = CurrencyCatalog.MatchAt(lowered, i, CurrencyCatalog.EnglishSuffixes, true);
            if (name is { StandsAlone: true })
            {
                results.Add(new CurrencyMatch(new TextSpan(i, name.Surface.Length), null, name.Unit));
                i += name.Surface.Length - 1;
            }
        }
    }

    private static bool Covers(List<CurrencyMatch> results, int i)
    {
        foreach (var result in results)
        {
            if (result.Span.Start <= i && i < result.Span.EndExclusive)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
