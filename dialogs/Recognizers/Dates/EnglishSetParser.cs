namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Recurring times in English: daily, weekly, every day, each two days, every monday, each monday at 4pm, 3pm each day,
/// once a week, every day at 7:13 p.m., 19th of every month, every other day, each quarter, bi-monthly, semi-annually.
/// </summary>
internal static class EnglishSetParser
{
    public static readonly EnglishPhraseList<(string Word, string Timex)> Adverbs = new(
    [
        ("daily", "P1D"), ("everyday", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("yearly", "P1Y"), ("annually", "P1Y"),
        ("quarterly", "P3M"), ("hourly", "PT1H"), ("nightly", "TNI"), ("weekends", "P1WE"), ("once a week", "P1W"),
        ("once a day", "P1D"), ("once a month", "P1M"), ("once a year", "P1Y"), ("any year", "P1Y"), ("any weekend", "P1WE"),
        ("semi-annually", "P0.5Y"), ("semiannually", "P0.5Y"), ("semi-annual", "P0.5Y"), ("biannually", "P0.5Y"),
        ("bi-monthly", "P2M"), ("bimonthly", "P2M"), ("bi-weekly", "P2W"), ("biweekly", "P2W"), ("fortnightly", "P2W"), ("annual", "P1Y"),
    ], a => a.Word);

    /// <summary>Adverbs that take a clock time after them: "every day at 7:13 p.m." recurs at that time.</summary>
    private static readonly EnglishPhraseList<string> DailyWords = new(["daily", "everyday", "every day", "each day"], w => w);

    private static readonly (string Word, string Letter, bool Time)[] Units =
    [
        ("days", "D", false), ("day", "D", false), ("weeks", "W", false), ("week", "W", false), ("months", "M", false),
        ("month", "M", false), ("years", "Y", false), ("year", "Y", false), ("hours", "H", true), ("hour", "H", true),
        ("minutes", "M", true), ("minute", "M", true), ("weekends", "WE", false), ("weekend", "WE", false), ("weekday", "WD", false),
        ("quarters", "Q", false), ("quarter", "Q", false),
    ];

    public static DateTimeEntity? Match(string s, int i, DateTime reference, Anchor? anchorAtStart)
    {
        foreach (var word in DailyWords.StartingAt(s, i))
        {
            if (EnglishText.WordAt(s, i, word, out var dailyEnd) && TimeAfter(s, dailyEnd, reference) is { } daily)
            {
                return Set(i, daily.Span.EndExclusive, daily.Entity.Values[0].Timex);
            }
        }

        foreach (var (word, timex) in Adverbs.StartingAt(s, i))
        {
            if (EnglishText.WordAt(s, i, word, out var end))
            {
                return Set(i, end, timex);
            }
        }

        var dayStart = EnglishText.WordAt(s, i, "on", out var onEnd) ? EnglishText.SkipSpaces(s, onEnd) : i;
        if (DayOfEveryMonth(s, dayStart, out var dayEnd, out var dayTimex))
        {
            return Set(dayStart, dayEnd, dayTimex); // "on 19th of every month" leaves out the "on"
        }

        if (PluralDaypart(s, i, out var pluralEnd, out var pluralCode))
        {
            return Set(i, pluralEnd, pluralCode); // "mornings"
        }

        if (anchorAtStart is { Kind: AnchorKind.Day, Date: { } weekday } && weekday.Timex.StartsWith("XXXX-WXX", StringComparison.Ordinal)
            && PluralDaypart(s, EnglishText.SkipSpaces(s, anchorAtStart.Span.EndExclusive), out var dayPluralEnd, out var dayPluralCode))
        {
            return Set(i, dayPluralEnd, weekday.Timex + dayPluralCode); // "friday mornings"
        }

        if (anchorAtStart is { Kind: AnchorKind.Time } time)
        {
            var k = EnglishText.SkipSpaces(s, time.Span.EndExclusive);
            foreach (var suffix in (ReadOnlySpan<string>)["each day", "every day", "daily"])
            {
                if (EnglishText.WordAt(s, k, suffix, out var suffixEnd))
                {
                    return Set(i, suffixEnd, time.Entity.Values[0].Timex);
                }
            }
        }

        if (!EnglishText.WordAt(s, i, "every", out var everyEnd) && !EnglishText.WordAt(s, i, "each", out everyEnd))
        {
            return null;
        }

        var j = EnglishText.SkipSpaces(s, everyEnd);
        var other = EnglishText.WordAt(s, j, "other", out var otherEnd);
        if (other)
        {
            j = EnglishText.SkipSpaces(s, otherEnd); // "every other friday": upstream keeps the weekday's timex
        }

        if (EnglishAnchorParser.ParseComposite(s, j, reference) is { Date: { } date } anchor && date.Timex.StartsWith("XXXX-WXX", StringComparison.Ordinal))
        {
            var timex = date.Timex;
            if (anchor.Time is not null)
            {
                timex = anchor.Entity.Values[0].Timex;
            }
            else if (anchor.Daypart is { } part)
            {
                timex += part.TimexCode;
            }

            return Set(i, anchor.Span.EndExclusive, timex);
        }

        if (EnglishAnchorParser.TryDaypart(s, j, out var daypartEnd, out var daypart))
        {
            return TimeAfter(s, daypartEnd, reference) is { } atTime
                ? Set(i, atTime.Span.EndExclusive, atTime.Entity.Values[0].Timex)
                : Set(i, daypartEnd, daypart.TimexCode);
        }

        var count = other ? 2 : 1;
        var k2 = j;
        if (Numbers.EnglishNumberWords.TryCardinal(Word(s, j), out var n) && n > 1)
        {
            count = n;
            k2 = EnglishText.SkipSpaces(s, j + Word(s, j).Length);
        }
        else if (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            var digitsEnd = j;
            while (digitsEnd < s.Length && char.IsAsciiDigit(s[digitsEnd]))
            {
                digitsEnd++;
            }

            count = int.Parse(s.AsSpan(j, digitsEnd - j), System.Globalization.CultureInfo.InvariantCulture);
            k2 = EnglishText.SkipSpaces(s, digitsEnd);
        }

        foreach (var (word, letter, isTime) in Units)
        {
            if (EnglishText.WordAt(s, k2, word, out var unitEnd))
            {
                var (amount, unitLetter) = letter == "Q" ? (count * 3, "M") : (count, letter); // a quarter is three months
                return Set(i, unitEnd, (isTime ? "PT" : "P") + amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + unitLetter);
            }
        }

        return null;
    }

    /// <summary>"at 7:13 p.m.", "6am" after a recurring day: a time said with its a.m./p.m., a colon or "at".</summary>
    private static Anchor? TimeAfter(string s, int end, DateTime reference)
    {
        var k = EnglishText.SkipSpaces(s, end);
        return EnglishAnchorParser.ParseComposite(s, k, reference) is { Kind: AnchorKind.Time, Time: { } time } anchor
               && (!time.AmbiguousWithDate || EnglishText.WordAt(s, k, "at"))
            ? anchor
            : null;
    }

    /// <summary>"19th of every month", "the 1st of each month": that day of every month.</summary>
    private static bool DayOfEveryMonth(string s, int i, out int end, out string timex)
    {
        timex = string.Empty;
        end = i;
        if (!EnglishDateParser.TryDayNumber(s, i, false, out var dayEnd, out var day) || dayEnd - i < 3)
        {
            return false;
        }

        var k = EnglishText.SkipSpaces(s, dayEnd);
        if (!EnglishText.WordAt(s, k, "of every month", out end) && !EnglishText.WordAt(s, k, "of each month", out end))
        {
            return false;
        }

        timex = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"XXXX-XX-{day:00}");
        return true;
    }

    private static bool PluralDaypart(string s, int i, out int end, out string code)
    {
        foreach (var (word, timex) in (ReadOnlySpan<(string, string)>)[("mornings", "TMO"), ("afternoons", "TAF"), ("evenings", "TEV"), ("nights", "TNI")])
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                code = timex;
                return true;
            }
        }

        end = i;
        code = string.Empty;
        return false;
    }

    private static string Word(string s, int i)
    {
        var end = i;
        while (end < s.Length && char.IsAsciiLetter(s[end]))
        {
            end++;
        }

        return s[i..end];
    }

    private static DateTimeEntity Set(int start, int end, string timex) =>
        new(TextSpan.FromBounds(start, end), DateTimeSubtype.Set, [new DateTimeValue(timex, NotResolved: true)], []);
}
