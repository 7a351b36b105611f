using RecoveryBot.Dialogs.Recognizers.Numbers;
using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>
/// Money in Chinese text: an amount with a unit after it (500块, 三毛, 1200亿美元) or a symbol before it (￥300),
/// amounts spoken in yuan, jiao and fen together (三块八毛八 = 3.88, 两块五 = 2.5), and currency names alone (人民币).
/// </summary>
internal static class ChineseCurrencyScanner
{
    public static List<CurrencyMatch> Scan(string text)
    {
        var folded = WidthNormalizer.Fold(text);
        var lowered = WidthNormalizer.FoldAndLower(text);
        var numbers = ChineseNumberScanner.Scan(folded);
        var results = new List<CurrencyMatch>();
        var consumed = 0;
        for (var k = 0; k < numbers.Count; k++)
        {
            var number = numbers[k];
            if (number.Span.Start < consumed)
            {
                continue;
            }

            if (TryPrefixed(lowered, number, consumed, out var prefixed))
            {
                results.Add(prefixed);
                consumed = prefixed.Span.EndExclusive;
            }
            else if (TrySuffixed(folded, lowered, numbers, k, out var suffixed))
            {
                results.Add(suffixed);
                consumed = suffixed.Span.EndExclusive;
            }
        }

        AddBareNames(lowered, results);
        results.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return results;
    }

    private static bool TryPrefixed(string lowered, NumberMatch number, int consumed, out CurrencyMatch match)
    {
        match = default;
        var before = number.Span.Start;
        if (before > 0 && lowered[before - 1] == ' ')
        {
            before--;
        }

        var name = CurrencyCatalog.MatchEndingAt(lowered, before, CurrencyCatalog.SymbolPrefixes)
                   ?? CurrencyCatalog.MatchEndingAt(lowered, before, CurrencyCatalog.Codes);
        if (name is null || before - name.Surface.Length < consumed)
        {
            return false;
        }

        match = new CurrencyMatch(TextSpan.FromBounds(before - name.Surface.Length, number.Span.EndExclusive), number.Value, name.Unit);
        return true;
    }

    private static bool TrySuffixed(string folded, string lowered, List<NumberMatch> numbers, int k, out CurrencyMatch match)
    {
        match = default;
        var number = numbers[k];
        if (!TryUnitAfter(folded, lowered, number.Span.EndExclusive, true, out var unitEnd, out var name))
        {
            return false;
        }

        var value = number.Value * name.Multiplier;
        var end = unitEnd;
        if (name.Unit == CurrencyUnit.ChineseYuan || name.Unit == CurrencyUnit.Jiao)
        {
            (end, value) = AddSmallerUnits(folded, lowered, numbers, k + 1, end, value, name.Unit);
        }
        else if (name.Unit == CurrencyUnit.UnitedStatesDollar)
        {
            (end, value) = AddCents(folded, lowered, numbers, k + 1, end, value);
        }

        match = new CurrencyMatch(TextSpan.FromBounds(number.Span.Start, end), value, name.Unit);
        return true;
    }

    /// <summary>"块八毛八", "元三毛", "块五": jiao and fen after yuan, or fen after jiao, spoken or abbreviated.</summary>
    private static (int End, decimal Value) AddSmallerUnits(
        string folded, string lowered, List<NumberMatch> numbers, int next, int end, decimal value, CurrencyUnit unit)
    {
        var step = 0.1m;
        var expectJiao = unit == CurrencyUnit.ChineseYuan;
        for (var k = next; k < numbers.Count && numbers[k].Span.Start == end; k++)
        {
            var part = numbers[k];
            if (TryUnitAfter(folded, lowered, part.Span.EndExclusive, false, out var partEnd, out var name))
            {
                if (expectJiao && name.Unit == CurrencyUnit.Jiao)
                {
                    value += part.Value * 0.1m;
                    step = 0.01m;
                    expectJiao = false;
                }
                else if (name.Unit == CurrencyUnit.Fen)
                {
                    value += part.Value * (unit == CurrencyUnit.Jiao ? 0.1m : 0.01m);
                    return (partEnd, value);
                }
                else
                {
                    return (end, value);
                }

                end = partEnd;
                continue;
            }

            // 两块五 = 2.5, 八毛八 = 0.88: a lone digit after a unit stands for the next smaller unit.
            if (IsAbbreviatedDigit(folded, part))
            {
                var scale = unit == CurrencyUnit.Jiao ? 0.1m : step;
                return (part.Span.EndExclusive, value + (part.Value * scale));
            }

            break;
        }

        return (end, value);
    }

    /// <summary>"两美元又三美分" = 2.03 US dollars.</summary>
    private static (int End, decimal Value) AddCents(string folded, string lowered, List<NumberMatch> numbers, int next, int end, decimal value)
    {
        var start = end < folded.Length && folded[end] == '又' ? end + 1 : end;
        if (next < numbers.Count && numbers[next].Span.Start == start
            && TryUnitAfter(folded, lowered, numbers[next].Span.EndExclusive, false, out var centEnd, out var name)
            && name.Unit == CurrencyUnit.UnitedStatesCent)
        {
            return (centEnd, value + (numbers[next].Value / 100m));
        }

        return (end, value);
    }

    private static bool IsAbbreviatedDigit(string folded, NumberMatch part)
    {
        if (part.Span.Length != 1 || part.Value is < 1 or > 9 || !decimal.IsInteger(part.Value))
        {
            return false;
        }

        var after = part.Span.EndExclusive;
        return after >= folded.Length || !IsCjk(folded[after]) || IsParticleAfterMoney(folded[after]);
    }

    private static bool TryUnitAfter(string folded, string lowered, int at, bool allowClassifier, out int end, out CurrencyName name)
    {
        end = at;
        name = null!;
        var j = at;
        while (j < folded.Length && folded[j] == ' ')
        {
            j++;
        }

        if (allowClassifier && j < folded.Length && folded[j] == '个' && j + 1 < folded.Length && folded[j + 1] != '人')
        {
            j++;
        }

        var found = CurrencyCatalog.MatchAt(lowered, j, CurrencyCatalog.ChineseSuffixes, false)
                    ?? CurrencyCatalog.MatchAt(lowered, j, CurrencyCatalog.Codes, true);
        if (found is null)
        {
            return false;
        }

        var after = j + found.Surface.Length;
        var next = after < folded.Length ? folded[after] : ' ';
        if (found.Unit == CurrencyUnit.Fen && next is '钟' or '鐘' or '之' or '析' or '别' or '配' or '享' or '开')
        {
            return false; // 十分钟 is time; 五分之一 a fraction; 分析 analysis.
        }

        if (found.Surface is "块" or "塊" && IsCjk(next) && !IsParticleAfterMoney(next) && !Numbers.ChineseNumerals.IsNumeral(next)
            && (folded[at - 1] == '一' || CountedByPieces.Any(thing => string.CompareOrdinal(folded, after, thing, 0, thing.Length) == 0)))
        {
            // 一块蛋糕, 一块去, 三块地: 块 counts a piece of something (or 一块 means "together"). After any other
            // figure it is yuan whatever verb follows: 200块被抢光了, 五百块已经退了.
            return false;
        }

        end = after;
        name = found;
        return true;
    }

    private static void AddBareNames(string lowered, List<CurrencyMatch> results)
    {
        for (var i = 0; i < lowered.Length; i++)
        {
            if (!CurrencyCatalog.CanStartChineseName(lowered[i]) || results.Exists(r => r.Span.Start <= i && i < r.Span.EndExclusive))
            {
                continue;
            }

            var name = CurrencyCatalog.MatchAt(lowered, i, CurrencyCatalog.ChineseSuffixes, false);
            if (name is { StandsAlone: true })
            {
                results.Add(new CurrencyMatch(new TextSpan(i, name.Surface.Length), null, name.Unit));
                i += name.Surface.Length - 1;
            }
        }
    }

    /// <summary>Things counted by 块: after a figure other than 一, only these make 块 a piece rather than yuan.</summary>
    private static readonly string[] CountedByPieces =
    [
        "蛋糕", "石头", "地", "田", "肉", "面包", "手表", "表", "布", "玻璃", "砖", "木头", "糖", "巧克力", "屏", "电池", "板", "牌",
        "肥皂", "西瓜", "豆腐", "冰", "钢", "金", "玉", "骨头", "饼", "拼图", "积木", "腹肌", "宝石", "区域", "地方", "广告", "屏幕",
    ];

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsParticleAfterMoney(char c) =>
        "钱毛角人了的吧啊呢吗呀哦给转红左多和及到至还都也就是买打发过整".Contains(c, StringComparison.Ordinal);
}
