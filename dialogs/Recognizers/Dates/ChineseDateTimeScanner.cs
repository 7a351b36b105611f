using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Dates and times in Chinese text. At each position the longest of: "now" words (刚才), times counted from now
/// (三个小时前), stretches counted from now (过去十年), recurring times (每周一), durations (8天20小时), ranges and
/// bounded dates (从一月十日到十二日, 2018年以前), and single anchors (前天晚上九点多, 2009年, 上周).
/// Titles in 《》 are left alone.
/// </summary>
internal static class ChineseDateTimeScanner
{
    public static List<DateTimeEntity> Scan(string text, DateTime reference)
    {
        var s = WidthNormalizer.Fold(text);
        var results = new List<DateTimeEntity>();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '《')
            {
                var close = s.IndexOf('》', i + 1);
                i = close < 0 ? i + 1 : close + 1;
                continue;
            }

            if (!ChineseStarters.CanStart(s[i]) || (i > 0 && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i - 1])))
            {
                i++;
                continue;
            }

            var entity = MatchAt(s, i, reference);
            if (entity is null)
            {
                i++;
                continue;
            }

            results.Add(entity);
            i = entity.Span.EndExclusive;
        }

        return results;
    }

    private static DateTimeEntity? MatchAt(string s, int i, DateTime reference)
    {
        DateTimeEntity? best = null;
        Consider(ref best, MatchNowWord(s, i, reference));
        Consider(ref best, ChineseRelativeTime.Match(s, i, reference));
        Consider(ref best, ChineseRelativeRange.Match(s, i, reference));
        Consider(ref best, ChineseSetParser.Match(s, i, reference));
        var anchor = ChineseAnchorParser.Parse(s, i, reference);
        Consider(ref best, ChineseRangeParser.Match(s, i, reference, anchor));
        Consider(ref best, anchor?.Entity);
        Consider(ref best, ChineseDurationParser.Match(s, i));
        return best is { Kind: DateTimeSubtype.Date } ? WithTimeOfDay(s, best, reference) : best;
    }

    /// <summary>"3天前的下午", "上周五的晚上8点", "两天前晚上": a day and the time of day after it, 的 between or not.</summary>
    private static DateTimeEntity? WithTimeOfDay(string s, DateTimeEntity day, DateTime reference)
    {
        var after = day.Span.EndExclusive;
        if (after < s.Length && s[after] == '的')
        {
            after++;
        }

        return DayWithTimeOfDay.Extend(day, ChineseAnchorParser.ParseComposite(s, after, reference), reference);
    }

    private static void Consider(ref DateTimeEntity? best, DateTimeEntity? candidate)
    {
        if (candidate is not null && (best is null || candidate.Span.Length > best.Span.Length))
        {
            best = candidate;
        }
    }

    private static DateTimeEntity? MatchNowWord(string s, int i, DateTime reference)
    {
        if (ChineseDateWords.StartsWith(s, i, "最近"))
        {
            return EntityBuilder.DateOnly(new TextSpan(i, 2), DateCandidates.Single(DateOnly.FromDateTime(reference)));
        }

        foreach (var (word, timex) in ChineseDateWords.NowWords)
        {
            if (ChineseDateWords.StartsWith(s, i, word))
            {
                return EntityBuilder.Instant(new TextSpan(i, word.Length), reference, timex);
            }
        }

        return null;
    }
}
