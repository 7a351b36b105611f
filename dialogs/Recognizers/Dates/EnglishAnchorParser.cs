namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// One English date/time anchor: a period (this week, may 2018, 1998) or a composite of a day, a part of the day and a
/// clock time in either order ("yesterday at 8pm", "8pm yesterday", "tuesday in the morning"), whichever is longer.
/// </summary>
internal static class EnglishAnchorParser
{
    private static readonly EnglishPhraseList<string> Connectors = new(["at around", "at about", "around", "about", "circa", "at", "@", "on", "in", "of", ","], c => c);

    public static Anchor? Parse(string s, int i, DateTime reference)
    {
        var composite = ParseComposite(s, i, reference);
        var periodEntity = EnglishPeriodParser.Match(s, i, reference, out var period);
        if (periodEntity is not null && (composite is null || periodEntity.Span.Length > composite.Span.Length))
        {
            return new Anchor(periodEntity, AnchorKind.Period, Period: period);
        }

        return composite;
    }

    public static Anchor? ParseComposite(string s, int i, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        DateCandidates? date = null;
        DateFields? fields = null;
        Daypart? daypart = null;
        ClockTime? time = null;
        var around = false;
        var aroundDaypart = false;
        var leadingAround = -1;
        var start = -1;
        var end = i;
        var j = i;
        while (j < s.Length)
        {
            var k = EnglishText.SkipSpaces(s, j);
            var partStart = k;
            var connectorAround = false;
            var hadConnector = false;
            var connectorIsAt = false;
            var afterComma = false;
            if (daypart is null && TryDaypart(s, k, out var daypartWithPreposition, out var saidWithPreposition))
            {
                if (saidWithPreposition.IsMeal && date is not null)
                {
                    break;
                }

                // "in the morning", "at night": the preposition belongs to the part of the day.
                daypart = saidWithPreposition;
                start = start < 0 ? k : start;
                end = daypartWithPreposition;
                j = daypartWithPreposition;
                continue;
            }

            foreach (var connector in Connectors.StartingAt(s, k))
            {
                var isSymbol = connector is "," or "@";
                if ((isSymbol && k < s.Length && s[k] == connector[0]) || (!isSymbol && EnglishText.WordAt(s, k, connector, out _)))
                {
                    if (start < 0 && connector is "of" or ",")
                    {
                        break;
                    }

                    EnglishText.WordAt(s, k, connector, out var connectorEnd);
                    connectorAround = connector is "at around" or "at about" or "around" or "about" or "circa";
                    k = EnglishText.SkipSpaces(s, isSymbol ? k + 1 : connectorEnd);
                    hadConnector = connector is not ("on" or "in" or "of" or ","); // "11/20, 12 of nov": a bare number after a comma is no time
                    connectorIsAt = connector is "at" or "@";
                    afterComma = connector == ",";
                    break;
                }
            }

            int partEnd;
            if (date is null && EnglishDateParser.TryParse(s, k, today, out partEnd, out var parsedDate, out var impliedDaypart, out var parsedFields))
            {
                if (daypart is { IsMeal: true })
                {
                    break;
                }

                date = parsedDate;
                fields = parsedFields;
                daypart ??= impliedDaypart;
            }
            else if (daypart is null && TryDaypart(s, k, out partEnd, out var saidDaypart) && !(saidDaypart.IsMeal && date is not null))
            {
                daypart = saidDaypart;
                aroundDaypart = connectorAround && start < 0;
            }
            else if (time is null && EnglishClockParser.TryParse(s, k, connectorAround || (date is not null && !afterComma) || daypart is not null || hadConnector, out partEnd, out var parsedTime)
                     && !CountsDayparts(s, parsedTime, partEnd))
            {
                time = parsedTime;
                // "tonight around 7": upstream drops an approximation said after the day.
                around |= connectorAround && date is null;
            }
            else if (time is null && EnglishClockParser.TryParse(s, k, true, out partEnd, out parsedTime) && DaypartWithPrepositionAt(s, EnglishText.SkipSpaces(s, partEnd)))
            {
                // "3 in the morning", "eight in the evening"
                time = parsedTime;
            }
            else
            {
                break;
            }

            if (start < 0)
            {
                // Upstream keeps a leading "at"/"around"/"in the" with a time or a part of the day, drops "on"/"in" before a day.
                start = time is not null || daypart is not null ? partStart : k;
                if (connectorIsAt && time is not null && !HasDottedDigits(s, k, partEnd))
                {
                    // Upstream keeps "at" only before a dotted time ("at 6.45"), where it tells the time from a decimal.
                    start = k;
                }

                if (date is not null && time is null && daypart is null)
                {
                    start = k;
                }

                if (connectorAround && date is not null)
                {
                    // "around tomorrow 10am": the approximation covers the time said after the day.
                    leadingAround = k;
                    start = partStart;
                }
            }

            end = partEnd;
            j = partEnd;
        }

        if (start < 0)
        {
            return null;
        }

        if (date is { Days.Count: > 1 } && date.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && daypart is not null
            && EnglishDateParser.TryTrailingWeek(s, end, out var weekEnd, out var weeks))
        {
            // "wednesday evening next week"
            date = DateCandidates.Single(CalendarMath.WeekdayInWeek(today, weeks, date.Timex[^1] - '0'));
            end = weekEnd;
        }

        if (leadingAround >= 0 && time is null)
        {
            start = leadingAround; // "around tomorrow": the day alone, as before
        }

        if (time is not null)
        {
            around |= leadingAround >= 0;
            time = time with { IsTwelveHour = time.IsTwelveHour && daypart is null };
            if (around)
            {
                time = time with { Approximation = ClockApproximation.Around, ApproximationMod = "approx" };
            }
        }

        var entity = EntityBuilder.Compose(TextSpan.FromBounds(start, end), date, daypart, time, reference);
        if (aroundDaypart && time is null && date is null)
        {
            // "around dinner": the part of the day, approximately
            entity = entity with { Values = [.. entity.Values.Select(v => v with { Mod = "approx" })] };
        }

        var kind = time is not null ? (date is null ? AnchorKind.Time : AnchorKind.DateTime)
            : daypart is not null ? AnchorKind.Daypart
            : AnchorKind.Day;
        return new Anchor(entity, kind, date, fields, null, time, daypart);
    }

    /// <summary>"after dinner", "around lunch": a bare meal is a time only after a word that bounds it in time.</summary>
    private static bool AfterTimeWord(string s, int i)
    {
        var before = s.AsSpan(0, i).TrimEnd();
        foreach (var word in (ReadOnlySpan<string>)["after", "before", "around", "about", "at", "by", "until", "till", "during"])
        {
            if (before.EndsWith(word, StringComparison.Ordinal) && (before.Length == word.Length || !char.IsAsciiLetter(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3 in the morning", "ten at night"; a number before a bare daypart counts things ("two morning sessions").</summary>
    private static bool DaypartWithPrepositionAt(string s, int i) =>
        (EnglishText.WordAt(s, i, "in", out _) || EnglishText.WordAt(s, i, "at", out _)) && TryDaypart(s, i, out _, out _);

    /// <summary>"at 2 morning sessions", "three night markets": a bare number before a bare daypart counts them.</summary>
    private static bool CountsDayparts(string s, ClockTime time, int end)
    {
        var next = EnglishText.SkipSpaces(s, end);
        return time is { Precision: TimePrecision.Hour, AmbiguousWithDate: true } && TryDaypart(s, next, out _, out _) && !DaypartWithPrepositionAt(s, next);
    }

    private static bool HasDottedDigits(string s, int from, int to)
    {
        for (var i = from + 1; i + 1 < to; i++)
        {
            if (s[i] == '.' && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryDaypart(string s, int i, out int end, out Daypart daypart)
    {
        if (i >= 5 && string.CompareOrdinal(s, i - 5, "good ", 0, 5) == 0)
        {
            end = i;
            daypart = null!;
            return false; // "good morning" greets
        }

        foreach (var (word, part) in EnglishDateWords.Dayparts.StartingAt(s, i))
        {
            if (EnglishText.WordAt(s, i, word, out end) && (!EnglishDateWords.BareMeals.Contains(word) || AfterTimeWord(s, i)))
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
