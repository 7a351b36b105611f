namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// English ranges and bounded dates: from 2014 to 2018, between 4pm and 5pm, 2014-2018, may to march, 5-6 pm,
/// before 2018, after 3pm, since tomorrow, until april 27th, no later than january 1, 2010, 2018 or later, 3 pm or later.
/// </summary>
internal static class EnglishRangeParser
{
    private static readonly EnglishPhraseList<(string Word, string Mod)> Prefixes = new(
    [
        ("no later than", Modifier.Before), ("not later than", Modifier.Before), ("earlier than", Modifier.Before), ("prior to", Modifier.Before),
        ("before", Modifier.Before), ("by", Modifier.Before), ("until", Modifier.Before), ("till", Modifier.Before), ("up to", Modifier.Before),
        ("later than", Modifier.After), ("greater than", Modifier.After), ("after", Modifier.After), ("since", Modifier.Since),
        ("starting from", Modifier.Since), ("starting on", Modifier.Since), ("starting", Modifier.Since), ("beginning on", Modifier.Since),
        ("beginning", Modifier.Since), ("as of", Modifier.Since), ("> =", Modifier.Since), (">=", Modifier.Since), ("< =", Modifier.Until),
        ("<=", Modifier.Until), (">", Modifier.After), ("<", Modifier.Before), ("as early as", Modifier.Since), ("as late as", Modifier.Until),
    ], p => p.Word);

    private static readonly (string Word, string Mod)[] Suffixes =
    [
        ("or later", Modifier.Since), ("and later", Modifier.Since), ("and after", Modifier.Since), ("or after", Modifier.Since),
        ("and greater", Modifier.Since), ("onwards", Modifier.Since), ("or earlier", Modifier.Until), ("and earlier", Modifier.Until),
        ("or before", Modifier.Until), ("and before", Modifier.Until),
    ];

    private static readonly string[] Connectors = ["through", "thru", "until", "till", "to", "and", "-", "~", "–"];

    public static DateTimeEntity? Match(string s, int i, DateTime reference, Anchor? anchorAtStart)
    {
        var between = EnglishText.WordAt(s, i, "between", out var betweenEnd);
        var from = !between && EnglishText.WordAt(s, i, "from", out betweenEnd);
        if (between || from)
        {
            var xStart = EnglishText.SkipSpaces(s, betweenEnd);
            var x = EnglishAnchorParser.Parse(s, xStart, reference);
            if (x is not null && MatchRange(s, x, i, between, reference) is { } bounded)
            {
                return bounded;
            }

            if (BareHour(s, xStart, reference) is { } hour && MatchRange(s, hour, i, between, reference) is { } hours)
            {
                return hours;
            }
        }

        // A day range leaves out the "on"/"at" before its first day, as the day itself does.
        var rangeStart = anchorAtStart is { Kind: AnchorKind.Day or AnchorKind.Period } ? anchorAtStart.Span.Start : i;
        if (anchorAtStart is not null && MatchRange(s, anchorAtStart, rangeStart, false, reference) is { } range)
        {
            return range;
        }

        if (BareHour(s, i, reference) is { } bare && MatchRange(s, bare, i, false, reference) is { } bareRange)
        {
            return bareRange;
        }

        if (s[i] == '=' && EnglishAnchorParser.Parse(s, EnglishText.SkipSpaces(s, i + 1), reference) is { Kind: AnchorKind.Day or AnchorKind.Period } equal)
        {
            return equal.Entity with { Span = TextSpan.FromBounds(i, equal.Span.EndExclusive) }; // "=2019" in a query
        }

        foreach (var (word, mod) in Prefixes.StartingAt(s, i))
        {
            if (!EnglishText.WordAt(s, i, word, out var prefixEnd))
            {
                continue;
            }

            var k = EnglishText.SkipSpaces(s, prefixEnd);
            var approx = EnglishText.WordAt(s, k, "around", out var aroundEnd) || EnglishText.WordAt(s, k, "about", out aroundEnd);
            if (approx)
            {
                k = EnglishText.SkipSpaces(s, aroundEnd);
            }

            if (EnglishText.WordAt(s, k, "the year", out var yearEnd))
            {
                k = EnglishText.SkipSpaces(s, yearEnd);
            }

            if (EnglishAnchorParser.Parse(s, k, reference) is not { } bounded || (!char.IsAsciiLetter(word[0]) && bounded.Kind is not (AnchorKind.Day or AnchorKind.Period))
                || (bounded.Kind == AnchorKind.Daypart && (bounded.Date is not null || mod is not (Modifier.Before or Modifier.After))))
            {
                return null;
            }

            var entity = Modifier.Apply(bounded, approx ? mod + "-approx" : mod, TextSpan.FromBounds(i, bounded.Span.EndExclusive));
            return entity;
        }

        if (anchorAtStart is not null)
        {
            var after = EnglishText.SkipSpaces(s, anchorAtStart.Span.EndExclusive);
            foreach (var (word, mod) in Suffixes)
            {
                if (EnglishText.WordAt(s, after, word, out var suffixEnd))
                {
                    var start = anchorAtStart.Span.Start;
                    if (anchorAtStart.Kind == AnchorKind.Time && EnglishText.WordAt(s, start, "at", out var atEnd))
                    {
                        start = EnglishText.SkipSpaces(s, atEnd); // "at 3 pm or later" → "3 pm or later"
                    }

                    return Modifier.Apply(anchorAtStart, mod, TextSpan.FromBounds(start, suffixEnd));
                }
            }
        }

        return null;
    }

    private static DateTimeEntity? MatchRange(string s, Anchor x, int spanStart, bool between, DateTime reference)
    {
        var k = EnglishText.SkipSpaces(s, x.Span.EndExclusive);
        foreach (var connector in Connectors)
        {
            int connectorEnd;
            bool matched;
            if (char.IsAsciiLetter(connector[0]))
            {
                matched = EnglishText.WordAt(s, k, connector, out connectorEnd);
            }
            else
            {
                matched = string.CompareOrdinal(s, k, connector, 0, connector.Length) == 0;
                connectorEnd = k + connector.Length;
            }

            if (!matched || (connector == "and" && !between))
            {
                continue;
            }

            var yStart = EnglishText.SkipSpaces(s, connectorEnd);
            var y = EnglishAnchorParser.Parse(s, yStart, reference);
            if ((y is null || y.Kind == AnchorKind.Period) && x.Kind is AnchorKind.Time or AnchorKind.DateTime && EndHour(s, yStart, reference) is { } endHour)
            {
                y = endHour;
            }

            if ((y is null || y.Kind is AnchorKind.Time or AnchorKind.Period) && x.Kind == AnchorKind.Day && x.Fields is { Month: not null } && EndDay(s, yStart, reference) is { } endDay)
            {
                y = endDay; // "november 19-20", "april 9th through 17th"
            }

            if (y is null)
            {
                return null;
            }

            if (x.Kind == AnchorKind.Time && x.Time is { Precision: TimePrecision.Hour } && y.Kind == AnchorKind.Period)
            {
                return null;
            }

            var span = TextSpan.FromBounds(spanStart, y.Span.EndExclusive);
            return EnglishPartRangeBuilder.Build(x, y, span) ?? ChineseRangeBuilder.Combine(x, y, span, reference);
        }

        return null;
    }

    /// <summary>"20" in "november 19-20": a day of the month the range started in.</summary>
    private static Anchor? EndDay(string s, int i, DateTime reference)
    {
        var end = i;
        var day = 0;
        while (end < s.Length && end - i < 2 && char.IsAsciiDigit(s[end]))
        {
            day = (day * 10) + (s[end] - '0');
            end++;
        }

        if (end > i)
        {
            foreach (var suffix in (ReadOnlySpan<string>)["st", "nd", "rd", "th"])
            {
                if (string.CompareOrdinal(s, end, suffix, 0, 2) == 0)
                {
                    end += 2;
                    break;
                }
            }
        }
        else if (!EnglishOrdinals.TryDayWord(s, i, out end, out day))
        {
            return null;
        }

        if (day is < 1 or > 31 || (end < s.Length && char.IsAsciiLetterOrDigit(s[end])))
        {
            return null;
        }

        var fields = new DateFields(null, null, day);
        var date = fields.Resolve(DateOnly.FromDateTime(reference));
        return new Anchor(EntityBuilder.DateOnly(TextSpan.FromBounds(i, end), date), AnchorKind.Day, date, fields);
    }

    /// <summary>"5" in "between 3 and 5": an hour closing a range of hours.</summary>
    private static Anchor? EndHour(string s, int i, DateTime reference)
    {
        if (!EnglishClockParser.TryParse(s, i, true, out var end, out var time))
        {
            return null;
        }

        var entity = EntityBuilder.Compose(TextSpan.FromBounds(i, end), null, null, time, reference);
        return new Anchor(entity, AnchorKind.Time, Time: time);
    }

    /// <summary>Whether the range that starts after <paramref name="end"/> closes with a.m./p.m. ("two to four pm") or a day ("five to seven today").</summary>
    private static bool ClosesAsATime(string s, int end, DateTime reference)
    {
        var k = EnglishText.SkipSpaces(s, end);
        foreach (var connector in Connectors)
        {
            if (string.CompareOrdinal(s, k, connector, 0, connector.Length) == 0)
            {
                var y = EnglishText.SkipSpaces(s, k + connector.Length);
                return EnglishClockParser.TryParse(s, y, true, out var closingEnd, out var closing)
                       && (!closing.IsTwelveHour || EnglishAnchorParser.Parse(s, EnglishText.SkipSpaces(s, closingEnd), reference) is { Kind: AnchorKind.Day or AnchorKind.Daypart });
            }
        }

        return false;
    }

    /// <summary>"5" in "5 to 6pm", "3-8pm": an hour that takes its a.m./p.m. from the end of the range.</summary>
    private static Anchor? BareHour(string s, int i, DateTime reference)
    {
        if (!EnglishClockParser.TryParse(s, i, true, out var end, out var time) || time.Precision != TimePrecision.Hour || !time.IsTwelveHour)
        {
            return null;
        }

        if (char.IsAsciiLetter(s[i]) && !ClosesAsATime(s, end, reference))
        {
            return null; // "two to four people" counts; "two to four pm", "five to seven today" are times
        }

        var k = EnglishText.SkipSpaces(s, end);
        if (!StartsWithConnector(s, k))
        {
            return null;
        }

        var entity = EntityBuilder.Compose(TextSpan.FromBounds(i, end), null, null, time, reference);
        return new Anchor(entity, AnchorKind.Time, Time: time);
    }

    private static bool StartsWithConnector(string s, int k)
    {
        foreach (var connector in Connectors)
        {
            if (string.CompareOrdinal(s, k, connector, 0, connector.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
