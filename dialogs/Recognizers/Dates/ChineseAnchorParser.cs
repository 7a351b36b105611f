namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// One Chinese date/time anchor: a period (2009年, 3月, 上周) or a [day][part of the day][clock time] composite
/// (前天晚上九点多, 11月20日, 下午三点), whichever is longer.
/// </summary>
internal static class ChineseAnchorParser
{
    public static Anchor? Parse(string s, int i, DateTime reference)
    {
        var composite = ParseComposite(s, i, reference);
        var periodEntity = ChinesePeriodParser.Match(s, i, reference, out var period);
        if (periodEntity is not null && (composite is null || periodEntity.Span.Length > composite.Span.Length))
        {
            return new Anchor(periodEntity, AnchorKind.Period, Period: period);
        }

        return composite;
    }

    /// <summary>[day] [part of the day] [clock time], at least one of them, in that order.</summary>
    public static Anchor? ParseComposite(string s, int i, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        var j = i;
        DateCandidates? date = null;
        DateFields? fields = null;
        Daypart? daypart = null;
        var approximate = ChineseClockParser.TryApproximationPrefix(s, j, out var afterPrefix);
        if (approximate)
        {
            j = afterPrefix;
        }

        if (!approximate && ChineseDateParser.TryParse(s, j, today, out var dateEnd, out var parsedDate, out var impliedDaypart, out fields))
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
        if (date is null || date.IsResolved)
        {
            if (ChineseClockParser.TryParse(s, k, out var timeEnd, out var parsedTime))
            {
                time = parsedTime with { IsTwelveHour = parsedTime.IsTwelveHour && daypart is null };
                j = timeEnd;
            }
        }

        if (approximate && time is null)
        {
            return null;
        }

        if (approximate)
        {
            time = time! with { Approximation = ClockApproximation.Around };
        }

        if (date is null && daypart is null && time is null)
        {
            return null;
        }

        var entity = EntityBuilder.Compose(TextSpan.FromBounds(i, j), date, daypart, time, reference);
        var kind = time is not null ? (date is null ? AnchorKind.Time : AnchorKind.DateTime)
            : daypart is not null ? AnchorKind.Daypart
            : AnchorKind.Day;
        return new Anchor(entity, kind, date, fields, null, time, daypart);
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
