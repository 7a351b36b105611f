using RecoveryBot.Dialogs.Recognizers.Numbers;
using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Dates and times in English text: relative days (yesterday, last night, this morning), weekdays (last Friday),
/// calendar dates (Nov 20), clock times (8pm, 8:30), their combinations in either order ("yesterday at 8pm",
/// "8pm yesterday"), times counted from now ("2 hours ago", "half an hour ago") and "just now".
/// </summary>
internal static class EnglishDateTimeScanner
{
    private static readonly string[] Connectors = ["at around", "at about", "around", "about", "at", "on", "in", ","];

    public static List<DateTimeEntity> Scan(string text, DateTime reference)
    {
        var s = WidthNormalizer.FoldAndLower(text);
        var numbers = EnglishNumberParser.Scan(WidthNormalizer.Fold(text));
        var results = new List<DateTimeEntity>();
        var i = 0;
        while (i < s.Length)
        {
            if (!EnglishText.IsWordStart(s, i) || s[i] == ' ')
            {
                i++;
                continue;
            }

            var entity = MatchAt(s, i, numbers, reference);
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

    private static DateTimeEntity? MatchAt(string s, int i, List<NumberMatch> numbers, DateTime reference)
    {
        DateTimeEntity? best = null;
        Consider(ref best, MatchNowWord(s, i, reference));
        Consider(ref best, EnglishRelativeTime.Match(s, i, numbers, reference));
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
        foreach (var (word, timex) in EnglishDateWords.NowWords)
        {
            if (EnglishText.WordAt(s, i, word, out var end))
            {
                return EntityBuilder.Instant(TextSpan.FromBounds(i, end), reference, timex);
            }
        }

        return null;
    }

    /// <summary>A day, a part of the day and a clock time, in any order, joined by at/on/in/around or a comma.</summary>
    private static DateTimeEntity? MatchComposite(string s, int i, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        DateCandidates? date = null;
        Daypart? daypart = null;
        ClockTime? time = null;
        var around = false;
        var start = -1;
        var end = i;
        var j = i;
        while (j < s.Length)
        {
            var k = EnglishText.SkipSpaces(s, j);
            var partStart = k;
            var connectorAround = false;
            foreach (var connector in Connectors)
            {
                if (EnglishText.WordAt(s, k, connector, out var connectorEnd) || (connector == "," && k < s.Length && s[k] == ','))
                {
                    connectorAround = connector.Contains("about", StringComparison.Ordinal) || connector.Contains("around", StringComparison.Ordinal);
                    k = EnglishText.SkipSpaces(s, connector == "," ? k + 1 : connectorEnd);
                    break;
                }
            }

            if (date is null && EnglishDateParser.TryParse(s, k, today, out var dateEnd, out var parsedDate, out var impliedDaypart))
            {
                date = parsedDate;
                daypart ??= impliedDaypart;
            }
            else if (daypart is null && TryDaypart(s, k, out dateEnd, out var saidDaypart))
            {
                daypart = saidDaypart;
            }
            else if (time is null && EnglishClockParser.TryParse(s, k, connectorAround || date is not null || daypart is not null || partStart != k, out dateEnd, out var parsedTime))
            {
                time = parsedTime;
                around |= connectorAround;
            }
            else
            {
                break;
            }

            if (start < 0)
            {
                // Upstream keeps a leading "at"/"around" with a clock time, drops "on"/"in" before a day.
                start = time is not null && date is null && daypart is null ? partStart : k;
            }

            end = dateEnd;
            j = dateEnd;
        }

        if (start < 0)
        {
            return null;
        }

        if (time is not null)
        {
            time = time with { IsTwelveHour = time.IsTwelveHour && daypart is null };
            if (around)
            {
                time = time with { Approximation = ClockApproximation.Around };
            }
        }

        return EntityBuilder.Compose(TextSpan.FromBounds(start, end), date, daypart, time, reference);
    }

    private static bool TryDaypart(string s, int i, out int end, out Daypart daypart)
    {
        foreach (var (word, part) in EnglishDateWords.Dayparts)
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                daypart = part;
                return true;
            }
        }

        end = i;
        daypart = null!;
        return false;
    }
}
