using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Times counted from now in English: "2 hours ago", "half an hour ago", "an hour ago", "20 minutes ago", "3 days later",
/// and several units at once: "2 weeks and 2 days ago", "2 years 1 month 21 days later", "1 hour 30 minutes ago".
/// Approximate counts are read as a stretch with the likely moment inside it: a span ("2-3 hours ago", "two or three
/// days back": its middle), "20-odd minutes ago" (20 to 30: its middle), and a hedged or vague count ("about 6 hours
/// ago", "roughly 40 minutes back", "a couple of hours ago": the stated count, a quarter of the distance either side).
/// </summary>
internal static class EnglishRelativeTime
{
    private static readonly (string Word, double Seconds, bool IsCalendar)[] Units =
    [
        ("seconds", 1, false), ("second", 1, false), ("secs", 1, false), ("sec", 1, false),
        ("minutes", 60, false), ("minute", 60, false), ("mins", 60, false), ("min", 60, false),
        ("hours", 3600, false), ("hour", 3600, false), ("hrs", 3600, false), ("hr", 3600, false),
        ("days", 86400, true), ("day", 86400, true), ("weeks", 604800, true), ("week", 604800, true),
        ("months", 2592000, true), ("month", 2592000, true), ("years", 31536000, true), ("year", 31536000, true),
        ("fortnight", 1209600, true),
    ];

    private static readonly (string Word, int Direction)[] Directions =
    [
        ("ago", -1), ("earlier", -1), ("back", -1), ("later", 1), ("from now", 1), ("hence", 1),
    ];

    private static readonly string[] Hedges = ["approximately", "approx.", "approx", "roughly", "around", "about", "maybe", "some"];

    private static readonly string[] OddWords = ["-odd", " odd", "-something", " something", "-ish", "ish"];

    public static DateTimeEntity? Match(string s, int i, List<NumberMatch> numbers, DateTime reference)
    {
        // "in 5 minutes", "in two months": counted forward, the direction said first.
        var forward = EnglishText.WordAt(s, i, "in", out var inEnd);
        var hedgeEnd = i;
        var hedged = !forward && EnglishText.AnyWordAt(s, i, Hedges, out hedgeEnd, out _);
        var amountStart = forward ? EnglishText.SkipSpaces(s, inEnd) : hedged ? EnglishText.SkipSpaces(s, hedgeEnd) : i;
        if (!TryAmount(s, amountStart, numbers, out var j, out var amount))
        {
            return null;
        }

        var vague = hedged || IsVagueCount(s, amountStart);
        var upTo = TryFarEnd(s, j, numbers, amount, out var farEnd);
        if (upTo is not null)
        {
            j = farEnd;
        }

        j = EnglishText.SkipSpaces(s, j);
        if (!TryUnit(s, j, out var unitEnd, out var unitSeconds, out var unitWord))
        {
            return null;
        }

        j = EnglishText.SkipSpaces(s, unitEnd);
        if (EnglishText.WordAt(s, j, "and a half", out var halfEnd))
        {
            amount += 0.5m;
            j = EnglishText.SkipSpaces(s, halfEnd);
        }

        var parts = new List<(decimal Amount, double Seconds, string Word)> { (amount, unitSeconds, unitWord) };
        while (TryFurtherPart(s, j, numbers, unitSeconds, out var partEnd, out var more))
        {
            parts.Add(more);
            unitSeconds = more.Seconds;
            j = EnglishText.SkipSpaces(s, partEnd);
        }

        var direction = forward ? 1 : 0;
        var origin = reference;
        foreach (var (word, sign) in Directions)
        {
            if (!forward && EnglishText.WordAt(s, j, word, out var directionEnd) && !(word == "later" && StartsPeriod(s, directionEnd)))
            {
                direction = sign;
                j = directionEnd;
                break;
            }
        }

        if (!forward && direction == 0)
        {
            // "three weeks from tomorrow", "two days after today"
            foreach (var (word, days) in (ReadOnlySpan<(string, int)>)[("from tomorrow", 1), ("from tmrw", 1), ("after tomorrow", 1), ("from today", 0), ("after today", 0)])
            {
                if (EnglishText.WordAt(s, j, word, out var fromEnd))
                {
                    direction = 1;
                    origin = reference.Date.AddDays(days);
                    j = fromEnd;
                    break;
                }
            }
        }

        if (direction == 0)
        {
            return null;
        }

        if (forward && EnglishText.WordAt(s, EnglishText.SkipSpaces(s, j), "from today", out var todayEnd))
        {
            j = todayEnd;
        }

        if (parts.Exists(p => (p.Amount > 2000 && p.Seconds >= 2592000) || p.Amount > 700000))
        {
            return null;
        }

        var span = TextSpan.FromBounds(i, j);
        if (parts.Count == 1 && (upTo is not null || (vague && !IsCalendarUnit(unitWord))))
        {
            return Approximate(span, origin, amount, upTo, unitSeconds * direction);
        }

        if (parts.TrueForAll(p => IsCalendarUnit(p.Word) && decimal.IsInteger(p.Amount)))
        {
            // Calendar units move the calendar, largest first: "2 years 1 month 21 days later".
            var day = DateOnly.FromDateTime(origin);
            foreach (var (partAmount, _, word) in parts)
            {
                var n = (int)partAmount * direction;
                day = word[0] switch
                {
                    'd' => day.AddDays(n),
                    'w' => day.AddDays(7 * n),
                    'f' => day.AddDays(14 * n),
                    'm' => day.AddMonths(n),
                    _ => day.AddYears(n),
                };
            }

            return EntityBuilder.DateOnly(span, DateCandidates.Single(day));
        }

        var at = origin;
        foreach (var (partAmount, seconds, _) in parts)
        {
            at = at.AddSeconds((double)partAmount * seconds * direction);
        }

        return EntityBuilder.Instant(span, at, Timex.DateTimeTimex(at));
    }

    /// <summary>
    /// A span (2 to 3 hours): the whole of it, likely its middle. A hedged count (about 6 hours): a quarter of the
    /// distance either side of it.
    /// </summary>
    private static DateTimeEntity Approximate(TextSpan span, DateTime origin, decimal amount, decimal? upTo, double signedUnitSeconds)
    {
        var near = origin.AddSeconds((double)amount * signedUnitSeconds);
        if (upTo is { } high)
        {
            var far = origin.AddSeconds((double)high * signedUnitSeconds);
            var likely = origin.AddSeconds((double)(amount + high) / 2 * signedUnitSeconds);
            return signedUnitSeconds < 0 ? EntityBuilder.About(span, far, near, likely) : EntityBuilder.About(span, near, far, likely);
        }

        var margin = TimeSpan.FromSeconds(Math.Abs((double)amount * signedUnitSeconds) / 4);
        return EntityBuilder.About(span, near - margin, near + margin, near);
    }

    /// <summary>"a couple of", "a few": counts nobody means exactly.</summary>
    private static bool IsVagueCount(string s, int i) =>
        EnglishText.AnyWordAt(s, i, ["a couple of", "couple of", "a few", "few"], out _, out _);

    /// <summary>
    /// The far end of an approximate count after its first number: "2-3", "2 to 3", "two or three" (the second number),
    /// "20-odd", "20-something", "20ish" (up to the next step of the number's scale: 20 to 30, 1 to 2).
    /// </summary>
    private static decimal? TryFarEnd(string s, int i, List<NumberMatch> numbers, decimal amount, out int end)
    {
        end = i;
        foreach (var word in OddWords)
        {
            if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && (i + word.Length == s.Length || !char.IsAsciiLetterOrDigit(s[i + word.Length])))
            {
                end = i + word.Length;
                var step = 1m;
                while (amount >= step * 10 && amount % (step * 10) == 0)
                {
                    step *= 10;
                }

                return amount + step;
            }
        }

        var k = i;
        if (k < s.Length && s[k] is '-' or '~' or '–')
        {
            k++;
        }
        else if (EnglishText.AnyWordAt(s, EnglishText.SkipSpaces(s, i), ["to", "or"], out var joinEnd, out _) && EnglishText.SkipSpaces(s, i) > i)
        {
            k = EnglishText.SkipSpaces(s, joinEnd);
        }
        else
        {
            return null;
        }

        var second = numbers.StartingAt(k);
        if (second.Span.Length == 0 || second.Value <= amount || !decimal.IsInteger(amount))
        {
            return null;
        }

        end = second.Span.EndExclusive;
        return second.Value;
    }

    /// <summary>"30 minutes later this week": "later" belongs to the period after it ("later this week").</summary>
    private static bool StartsPeriod(string s, int end)
    {
        var k = EnglishText.SkipSpaces(s, end);
        return EnglishText.WordAt(s, k, "this") || EnglishText.WordAt(s, k, "next") || EnglishText.WordAt(s, k, "today")
               || EnglishText.WordAt(s, k, "tonight") || EnglishText.WordAt(s, k, "in the");
    }

    private static bool IsCalendarUnit(string word) => word[0] is 'd' or 'w' or 'm' or 'y' or 'f' && !word.StartsWith("min", StringComparison.Ordinal);

    /// <summary>", 2 days", "and 30 minutes": one more part of a compound stretch, in a smaller unit than the last.</summary>
    private static bool TryFurtherPart(string s, int i, List<NumberMatch> numbers, double lastSeconds, out int end, out (decimal Amount, double Seconds, string Word) part)
    {
        part = default;
        end = i;
        var k = EnglishText.WordAt(s, i, "and", out var andEnd) ? EnglishText.SkipSpaces(s, andEnd) : i;
        if (!TryAmount(s, k, numbers, out var amountEnd, out var amount) || EnglishText.WordAt(s, k, "a") || EnglishText.WordAt(s, k, "an")
            || !TryUnit(s, EnglishText.SkipSpaces(s, amountEnd), out end, out var seconds, out var word) || seconds >= lastSeconds)
        {
            end = i;
            return false;
        }

        part = (amount, seconds, word);
        return true;
    }

    /// <summary>"2", "two", "a", "an", "half an", "a couple of", "a few".</summary>
    private static bool TryAmount(string s, int i, List<NumberMatch> numbers, out int end, out decimal amount)
    {
        end = i;
        amount = 0;
        if (EnglishText.WordAt(s, i, "half an", out end) || EnglishText.WordAt(s, i, "half a", out end))
        {
            amount = 0.5m;
            return true;
        }

        if (EnglishText.WordAt(s, i, "a couple of", out end) || EnglishText.WordAt(s, i, "couple of", out end))
        {
            amount = 2;
            return true;
        }

        if (EnglishText.WordAt(s, i, "a few", out end) || EnglishText.WordAt(s, i, "few", out end))
        {
            amount = 3;
            return true;
        }

        if (EnglishText.WordAt(s, i, "an", out end) || EnglishText.WordAt(s, i, "a", out end))
        {
            amount = 1;
            return true;
        }

        var number = numbers.StartingAt(i);
        if (number.Span.Length > 0 && number.Value > 0)
        {
            end = number.Span.EndExclusive;
            amount = number.Value;
            return true;
        }

        end = i;
        return false;
    }

    private static bool TryUnit(string s, int i, out int end, out double seconds, out string word)
    {
        foreach (var (unit, unitSeconds, _) in Units)
        {
            if (EnglishText.WordAt(s, i, unit, out end))
            {
                seconds = unitSeconds;
                word = unit;
                return true;
            }
        }

        end = i;
        seconds = 0;
        word = string.Empty;
        return false;
    }
}
