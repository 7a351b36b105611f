namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Chinese ranges and bounded dates: 从一月十日到十二日, 1995-1997年, 三月到五月, 下午五点到晚上七点半, 2015年和2018年之间,
/// 2018年以前, 2019年8月6日或之后, 从2016年3月1日开始, 截止到2018年.
/// </summary>
internal static class ChineseRangeParser
{
    private static readonly string[] Connectors = ["到", "至", "~", "～", "-", "–", "—", "和", "与"];

    /// <param name="anchorAtStart">The anchor already parsed at <paramref name="i"/>, if any (parsing is the costly part).</param>
    public static DateTimeEntity? Match(string s, int i, DateTime reference, Anchor? anchorAtStart)
    {
        foreach (var (word, mod) in ChineseModifiers.Prefixes)
        {
            if (ChineseDateWords.StartsWith(s, i, word) && ChineseAnchorParser.Parse(s, i + word.Length, reference) is { } bounded)
            {
                return Modifier.Apply(bounded, mod, TextSpan.FromBounds(i, bounded.Span.EndExclusive));
            }
        }

        var from = i < s.Length && s[i] is '从' or '自' ? s[i] : '\0';
        var j = from == '\0' ? i : i + 1;
        var x = (from == '\0' ? anchorAtStart : ChineseAnchorParser.Parse(s, j, reference)) ?? BareYear(s, j, reference);
        if (x is null)
        {
            return null;
        }

        var rangeStart = from == '\0' ? j : i;
        if (MatchRange(s, x, rangeStart, reference) is { } range)
        {
            return range;
        }

        var after = x.Span.EndExclusive;
        foreach (var (word, mod) in ChineseModifiers.Suffixes)
        {
            if (!ChineseDateWords.StartsWith(s, after, word) || !AllowsSuffix(s, x, after, word))
            {
                continue;
            }

            // "从2016年3月1日开始" and "自2016年9月1日起" keep their opening word; "从2015年起" does not.
            var start = (from == '从' && word is "开始" or "開始") || from == '自' ? i : j;
            return Modifier.Apply(x, mod, TextSpan.FromBounds(start, after + word.Length));
        }

        return null;
    }

    /// <summary>前/后 alone bound only whole dates and periods: "2015年前", not "三点前" inside "三点前后".</summary>
    private static bool AllowsSuffix(string s, Anchor x, int at, string word)
    {
        if (word.Length > 1)
        {
            return true;
        }

        var next = at + 1 < s.Length ? s[at + 1] : ' ';
        return x.Kind is AnchorKind.Period or AnchorKind.Day && next is not ('天' or '半' or '后' or '後' or '年');
    }

    private static DateTimeEntity? MatchRange(string s, Anchor x, int rangeStart, DateTime reference)
    {
        var k = SkipSpaces(s, x.Span.EndExclusive);
        x = WithBareHour(s, x, ref k, reference);
        foreach (var connector in Connectors)
        {
            if (!ChineseDateWords.StartsWith(s, k, connector))
            {
                continue;
            }

            var yStart = SkipSpaces(s, k + connector.Length);
            var y = ChineseAnchorParser.Parse(s, yStart, reference);
            if (y is null)
            {
                return null;
            }

            var end = y.Span.EndExclusive;
            if (connector is "和" or "与")
            {
                if (!ChineseDateWords.StartsWith(s, end, "之间"))
                {
                    return null;
                }

                end += 2;
            }

            return ChineseRangeBuilder.Combine(x, y, TextSpan.FromBounds(rangeStart, end), reference);
        }

        return null;
    }

    /// <summary>"早上五到六点": a bare hour after a part of the day borrows its clock from the end of the range.</summary>
    private static Anchor WithBareHour(string s, Anchor x, ref int k, DateTime reference)
    {
        if (x.Kind != AnchorKind.Daypart || x.Date is not null || !ChineseSmallNumber.TryRead(s, k, out var numberEnd, out var hour) || hour > 24
            || !Array.Exists(Connectors, c => ChineseDateWords.StartsWith(s, numberEnd, c)))
        {
            return x;
        }

        var time = new ClockTime(hour, 0, 0, TimePrecision.Hour, false);
        var span = TextSpan.FromBounds(x.Span.Start, numberEnd);
        k = numberEnd;
        return new Anchor(EntityBuilder.Compose(span, null, x.Daypart, time, reference), AnchorKind.Time, Time: time, Daypart: x.Daypart);
    }

    /// <summary>"1995-1997年": four digits that take 年 from the end of the range.</summary>
    private static Anchor? BareYear(string s, int i, DateTime reference)
    {
        var end = i;
        while (end < s.Length && end - i < 4 && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        if (end - i != 4 || (end < s.Length && char.IsAsciiDigit(s[end])))
        {
            return null;
        }

        var k = SkipSpaces(s, end);
        var connector = Array.Find(Connectors, c => ChineseDateWords.StartsWith(s, k, c));
        if (connector is null || ChineseAnchorParser.Parse(s, SkipSpaces(s, k + connector.Length), reference) is not { Kind: AnchorKind.Period, Period.Grain: PeriodGrain.Year })
        {
            return null;
        }

        var year = int.Parse(s.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture);
        var start = new DateOnly(year, 1, 1);
        var period = new PeriodAnchor(PeriodGrain.Year, [(s.Substring(i, 4), start, start.AddYears(1))]);
        return new Anchor(EntityBuilder.Period(TextSpan.FromBounds(i, end), period.Periods), AnchorKind.Period, Period: period);
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
