using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Dates and times in Chinese text: relative days (前天, 昨晚), weekdays (周五, 上周三), calendar dates (11月20日,
/// 2016年3月1日, 2010/01/29), parts of the day (下午, 半夜), clock times (九点多, 一点零五分, 5:00), their combinations,
/// times relative to now (三个小时前, 半小时前, 5天前) and "now" words (刚才).
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
            if (s[i] == ' ')
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
        Consider(ref best, MatchComposite(s, i, reference));
        return best;
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
        foreach (var (word, timex) in ChineseDateWords.NowWords)
        {
            if (ChineseDateWords.StartsWith(s, i, word))
            {
                return EntityBuilder.Instant(new TextSpan(i, word.Length), reference, timex);
            }
        }

        return null;
    }

    /// <summary>[day] [part of the day] [clock time], at least one of them, in that order.</summary>
    private static DateTimeEntity? MatchComposite(string s, int i, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        var j = i;
        DateCandidates? date = null;
        Daypart? daypart = null;
        if (ChineseDateParser.TryParse(s, j, today, out var dateEnd, out var parsedDate, out var impliedDaypart))
        {
            date = parsedDate;
            daypart = impliedDaypart;
            j = dateEnd;
        }

        var k = SkipSpaces(s, j);
        if (daypart is null && TryDaypart(s, k, date is not null, out var daypartEnd, out var saidDaypart))
        {
            daypart = saidDaypart;
            j = daypartEnd;
            k = SkipSpaces(s, j);
        }

        ClockTime? time = null;
        if (ChineseClockParser.TryParse(s, k, out var timeEnd, out var parsedTime))
        {
            time = parsedTime with { IsTwelveHour = parsedTime.IsTwelveHour && daypart is null };
            j = timeEnd;
        }

        if (date is null && daypart is null && time is null)
        {
            return null;
        }

        return EntityBuilder.Compose(TextSpan.FromBounds(i, j), date, daypart, time, reference);
    }

    private static bool TryDaypart(string s, int i, bool afterDate, out int end, out Daypart daypart)
    {
        foreach (var (word, part) in ChineseDateWords.Dayparts)
        {
            if (ChineseDateWords.StartsWith(s, i, word))
            {
                end = i + word.Length;
                daypart = part;
                return true;
            }
        }

        if (afterDate)
        {
            foreach (var (word, part) in ChineseDateWords.ShortDayparts)
            {
                if (ChineseDateWords.StartsWith(s, i, word))
                {
                    end = i + word.Length;
                    daypart = part;
                    return true;
                }
            }
        }

        end = i;
        daypart = null!;
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
