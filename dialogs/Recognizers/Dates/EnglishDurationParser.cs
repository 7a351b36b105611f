using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// English durations: 3h, 3 minutes, 123.45 sec, 2.5 hrs, 3 hours 30 minutes, 1 hour and 30 minutes, one and a half hour,
/// a few minutes, several weeks, all day, all month, 2 nights, ½ hour.
/// </summary>
internal static class EnglishDurationParser
{
    private static readonly (string Word, DurationUnit Unit)[] Units =
    [
        ("seconds", DurationUnit.Second), ("second", DurationUnit.Second), ("secs", DurationUnit.Second), ("sec", DurationUnit.Second),
        ("minutes", DurationUnit.Minute), ("minute", DurationUnit.Minute), ("mins", DurationUnit.Minute), ("min", DurationUnit.Minute),
        ("hours", DurationUnit.Hour), ("hour", DurationUnit.Hour), ("hrs", DurationUnit.Hour), ("hr", DurationUnit.Hour), ("h", DurationUnit.Hour),
        ("days", DurationUnit.Day), ("day", DurationUnit.Day), ("nights", DurationUnit.Day), ("night", DurationUnit.Day),
        ("weeks", DurationUnit.Week), ("week", DurationUnit.Week), ("months", DurationUnit.Month), ("month", DurationUnit.Month),
        ("years", DurationUnit.Year), ("year", DurationUnit.Year), ("y", DurationUnit.Year),
    ];

    /// <summary>A unit of time (a word, not the one-letter "h"/"y") starts at <paramref name="i"/>: "6 days", "two hours".</summary>
    public static bool UnitWordAt(string s, int i)
    {
        foreach (var (word, _) in Units)
        {
            if (word.Length > 1 && EnglishText.WordAt(s, i, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after "a second" that keep it a stretch of time ("a second ago"), not an ordinal ("a second round").</summary>
    private static readonly string[] TimeRelations = ["ago", "later", "earlier", "before", "after", "from", "and", "or", "to", "in", "of", "for", "left", "more", "longer"];

    private static readonly (string Word, string Mod)[] Bounds =
    [
        ("more than", "more"), ("longer than", "more"), ("less than", "less"), ("shorter than", "less"),
    ];

    /// <summary>A duration, or a bounded one: "more than 4 days" (Mod more), "less than 1 week" (Mod less).</summary>
    public static DateTimeEntity? Match(string s, int i, List<NumberMatch> numbers)
    {
        foreach (var (word, mod) in Bounds)
        {
            if (EnglishText.WordAt(s, i, word, out var boundEnd)
                && MatchPlain(s, EnglishText.SkipSpaces(s, boundEnd), numbers) is { } bounded
                && !FollowedByRelation(s, bounded.Span.EndExclusive))
            {
                return new DateTimeEntity(
                    TextSpan.FromBounds(i, bounded.Span.EndExclusive),
                    bounded.Kind,
                    [.. bounded.Values.Select(v => v with { Mod = mod })],
                    bounded.Readings);
            }
        }

        return MatchPlain(s, i, numbers);
    }

    /// <summary>"more than 2 days before yesterday" bounds a date, not a duration.</summary>
    private static bool FollowedByRelation(string s, int end)
    {
        var k = EnglishText.SkipSpaces(s, end);
        return EnglishText.WordAt(s, k, "before") || EnglishText.WordAt(s, k, "after") || EnglishText.WordAt(s, k, "ago")
               || EnglishText.WordAt(s, k, "later") || EnglishText.WordAt(s, k, "from");
    }

    private static DateTimeEntity? MatchPlain(string s, int i, List<NumberMatch> numbers)
    {
        foreach (var (word, unit) in (ReadOnlySpan<(string, DurationUnit)>)[("all day", DurationUnit.Day), ("all month", DurationUnit.Month), ("all year", DurationUnit.Year), ("all week", DurationUnit.Week), ("another day", DurationUnit.Day)])
        {
            if (EnglishText.WordAt(s, i, word, out var end))
            {
                return DurationBuilder.Build(TextSpan.FromBounds(i, end), [(1m, unit)]);
            }
        }

        var parts = new List<(decimal Amount, DurationUnit Unit)>();
        var j = i;
        var spanEnd = i;
        while (TryPart(s, j, numbers, out var partEnd, out var amount, out var partUnit))
        {
            parts.Add((amount, partUnit));
            spanEnd = partEnd;
            var k = EnglishText.SkipSpaces(s, partEnd);
            if (EnglishText.WordAt(s, k, "and", out var andEnd))
            {
                var m = EnglishText.SkipSpaces(s, andEnd);
                if (EnglishText.WordAt(s, m, "half", out var halfEnd) || EnglishText.WordAt(s, m, "a half", out halfEnd))
                {
                    parts[^1] = (parts[^1].Amount + 0.5m, partUnit);
                    spanEnd = halfEnd;
                    break;
                }

                if (EnglishText.WordAt(s, m, "a quarter", out var quarterEnd))
                {
                    parts[^1] = (parts[^1].Amount + 0.25m, partUnit);
                    spanEnd = quarterEnd;
                    break;
                }

                k = m;
            }

            j = k;
        }

        return parts.Count == 0 ? null : DurationBuilder.Build(TextSpan.FromBounds(i, spanEnd), parts);
    }

    private static bool TryPart(string s, int i, List<NumberMatch> numbers, out int end, out decimal amount, out DurationUnit unit)
    {
        end = i;
        amount = 0;
        unit = DurationUnit.Day;
        int j;
        if (EnglishText.WordAt(s, i, "a few", out j) || EnglishText.WordAt(s, i, "several", out j) || EnglishText.WordAt(s, i, "few", out j))
        {
            amount = 3;
        }
        else if (EnglishText.WordAt(s, i, "half an", out j) || EnglishText.WordAt(s, i, "half a", out j) || (i < s.Length && s[i] == '½' && (j = i + 1) > 0))
        {
            amount = 0.5m;
        }
        else if (EnglishText.WordAt(s, i, "an", out j) || EnglishText.WordAt(s, i, "a", out j))
        {
            amount = 1;
        }
        else
        {
            var number = numbers.StartingAt(i);
            if (number.Span.Length == 0 && i < s.Length && char.IsAsciiDigit(s[i]) && ArabicNumberReader.TryReadPlain(s, i, out var digitsEnd, out var digits))
            {
                number = new NumberMatch(TextSpan.FromBounds(i, digitsEnd), digits);
            }

            if (number.Span.Length == 0 || number.Value <= 0)
            {
                return false;
            }

            amount = number.Value;
            j = number.Span.EndExclusive;
        }

        var k = j < s.Length && s[j] == '-' ? j + 1 : EnglishText.SkipSpaces(s, j);
        if (EnglishText.WordAt(s, k, "and half", out var halfEnd) || EnglishText.WordAt(s, k, "and a half", out halfEnd))
        {
            amount += 0.5m; // "one and half hour"
            k = EnglishText.SkipSpaces(s, halfEnd);
        }

        foreach (var (word, u) in Units)
        {
            if (EnglishText.WordAt(s, k, word, out end) && (word is not ("h" or "y") || k == j))
            {
                unit = u;
                return amount < 100000 && !CountsNights(word, amount) && !IsOrdinalSecond(s, i, word, end);
            }
        }

        end = i;
        return false;
    }

    /// <summary>"1 night" is a stay; "three night markets" counts markets.</summary>
    private static bool CountsNights(string unitWord, decimal amount) => unitWord == "night" && amount != 1;

    /// <summary>"a second round", "a second wave": the ordinal, not one second.</summary>
    private static bool IsOrdinalSecond(string s, int i, string unitWord, int end)
    {
        if (unitWord != "second" || !EnglishText.WordAt(s, i, "a", out _))
        {
            return false;
        }

        var next = EnglishText.SkipSpaces(s, end);
        return next < s.Length && char.IsAsciiLetter(s[next]) && !Array.Exists(TimeRelations, w => EnglishText.WordAt(s, next, w, out _));
    }
}
