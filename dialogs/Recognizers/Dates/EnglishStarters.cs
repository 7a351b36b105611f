namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The words an English date/time expression can begin with, gathered from the word lists, so the scanner tries its
/// parsers only where one of them (or a digit) starts.
/// </summary>
internal static class EnglishStarters
{
    private static readonly string[] Extra =
    [
        "a", "an", "the", "in", "at", "on", "of", "around", "about", "circa", "roughly", "approximately", "approx", "maybe", "some", "between", "from", "no", "not", "earlier", "prior",
        "before", "by", "until", "till", "up", "later", "greater", "after", "since", "starting", "beginning", "as", "within",
        "every", "each", "daily", "everyday", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly",
        "weekends", "once", "any", "all", "another", "few", "several", "half", "quarter", "couple", "noon", "midday", "midnight",
        "year", "calendar", "cy", "school", "fiscal", "sy", "fy", "same", "that", "week", "end", "start", "early", "middle", "mid", "late", "current", "upcoming", "following",
        "coming", "previous", "past", "just", "right", "now", "recently", "day", "twenties", "thirties", "forties", "fifties",
        "sixties", "seventies", "eighties", "nineties", "spring", "summer", "fall", "autumn", "winter", "q1", "q2", "q3", "q4",
        "h1", "h2", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "thirtieth", "this", "last", "next", "eoy", "eod", "mornings", "afternoons", "evenings", "nights",
    ];

    /// <summary>Common words that begin only a few expressions: "to date", "for 3 hours from 10 am", "more than 4 days", "w/c feb 4".</summary>
    private static readonly HashSet<string> NarrowWords = new(StringComparer.Ordinal) { "to", "for", "more", "less", "longer", "shorter", "w" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarrowLookup = NarrowWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Words = Build();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word at <paramref name="i"/> of lower-cased text may begin a date/time expression.</summary>
    public static bool CanStart(string s, int i)
    {
        var c = s[i];
        if (char.IsAsciiDigit(c) || c is '½' or '@' or ',' or '>' or '<' or '=')
        {
            return true;
        }

        var end = i;
        while (end < s.Length && char.IsAsciiLetter(s[end]))
        {
            end++;
        }

        if (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            return true; // "q1", "dec31", "usd"... let the parsers decide
        }

        return end > i && (Lookup.Contains(s.AsSpan(i, end - i)) || NarrowLookup.Contains(s.AsSpan(i, end - i)));
    }

    /// <summary>True when the word at <paramref name="i"/> is one of the narrow starters, so only their parsers need to run.</summary>
    public static bool IsNarrow(string s, int i)
    {
        var end = i;
        while (end < s.Length && char.IsAsciiLetter(s[end]))
        {
            end++;
        }

        return end > i && NarrowLookup.Contains(s.AsSpan(i, end - i)) && !Lookup.Contains(s.AsSpan(i, end - i));
    }

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(Extra, StringComparer.Ordinal);
        void AddFirst(IEnumerable<string> phrases)
        {
            foreach (var phrase in phrases)
            {
                var space = phrase.IndexOfAny([' ', '-']);
                words.Add(space < 0 ? phrase : phrase[..space]);
            }
        }

        AddFirst(EnglishDateWords.RelativeDays.Phrases);
        AddFirst(EnglishDateWords.Dayparts.Phrases);
        AddFirst(EnglishDateWords.Weekdays.Phrases);
        AddFirst(EnglishDateWords.Months.Phrases);
        AddFirst(EnglishDateWords.NowWords.Phrases);
        AddFirst(EnglishDateWords.WeekPrefixes.Phrases);
        AddFirst(EnglishHolidays.Names.Select(h => h.Name));
        AddFirst(EnglishSetParser.Adverbs.Phrases);
        return words;
    }
}
