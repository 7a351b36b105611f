using System.Globalization;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Stretches counted from now in English: next hour, last minute, within 2h, last 3 months, past two weeks, next 2 days,
/// 3 next weeks, 10 previous weeks, 5 coming minutes.
/// </summary>
internal static class EnglishRelativeRange
{
    private static readonly EnglishPhraseList<(string Word, int Direction)> Openers = new(
    [
        ("within the next", 1), ("within", 1), ("next", 1), ("last", -1), ("past", -1), ("previous", -1), ("following", 1), ("coming", 1), ("upcoming", 1),
    ], o => o.Word);

    private static readonly (string Word, char Unit)[] Units =
    [
        ("business days", 'B'), ("business day", 'B'), ("working days", 'B'), ("working day", 'B'), ("seconds", 's'), ("second", 's'), ("minutes", 'm'), ("minute", 'm'), ("mins", 'm'), ("hours", 'h'), ("hour", 'h'),
        ("hrs", 'h'), ("h", 'h'), ("days", 'D'), ("day", 'D'), ("weeks", 'W'), ("week", 'W'), ("months", 'M'), ("month", 'M'),
        ("years", 'Y'), ("year", 'Y'), ("quarters", 'Q'), ("quarter", 'Q'), ("decades", 'X'),
    ];

    public static DateTimeEntity? Match(string s, int i, List<NumberMatch> numbers, DateTime reference)
    {
        if (EnglishText.WordAt(s, i, "the", out var theEnd))
        {
            // Upstream keeps "the" with decades only: "the next two decades".
            var counted = Match(s, EnglishText.SkipSpaces(s, theEnd), numbers, reference);
            return counted is not null && s.AsSpan(0, counted.Span.EndExclusive).EndsWith("decades", StringComparison.Ordinal)
                ? counted with { Span = TextSpan.FromBounds(i, counted.Span.EndExclusive) }
                : null;
        }

        // "5 coming minutes", "10 previous weeks", "3 next weeks" ("13 last minute" counts something else)
        var leading = numbers.StartingAt(i);
        if (leading.Span.Length > 0 && leading.Value is > 0 and < 1000 && decimal.IsInteger(leading.Value))
        {
            var k = EnglishText.SkipSpaces(s, leading.Span.EndExclusive);
            foreach (var (word, direction) in (ReadOnlySpan<(string, int)>)[("next", 1), ("coming", 1), ("upcoming", 1), ("following", 1), ("last", -1), ("past", -1), ("previous", -1)])
            {
                if (EnglishText.WordAt(s, k, word, out var wordEnd) && TryUnit(s, EnglishText.SkipSpaces(s, wordEnd), out var unitEnd, out var unit)
                    && (leading.Value == 1 || s[unitEnd - 1] == 's'))
                {
                    return Build(TextSpan.FromBounds(i, unitEnd), (int)leading.Value, unit, direction, reference);
                }
            }
        }

        foreach (var (word, direction) in Openers.StartingAt(s, i))
        {
            if (!EnglishText.WordAt(s, i, word, out var openerEnd))
            {
                continue;
            }

            var j = EnglishText.SkipSpaces(s, openerEnd);
            var amount = 1;
            var number = numbers.StartingAt(j);
            if (number.Span.Length > 0 && !decimal.IsInteger(number.Value) && CardinalWordThenQuarters(s, j) is { } quarters)
            {
                // "past two quarters" is not the fraction 2/4
                amount = quarters.Amount;
                j = quarters.UnitStart;
            }
            else if (number.Span.Length > 0 && number.Value is > 0 and < 1000 && decimal.IsInteger(number.Value))
            {
                amount = (int)number.Value;
                j = EnglishText.SkipSpaces(s, number.Span.EndExclusive);
            }
            else if (EnglishText.WordAt(s, j, "couple of", out var coupleEnd) || EnglishText.WordAt(s, j, "couple", out coupleEnd))
            {
                amount = 2;
                j = EnglishText.SkipSpaces(s, coupleEnd);
            }
            else if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                var digitsEnd = j;
                while (digitsEnd < s.Length && char.IsAsciiDigit(s[digitsEnd]))
                {
                    digitsEnd++;
                }

                amount = int.Parse(s.AsSpan(j, Math.Min(digitsEnd - j, 4)), CultureInfo.InvariantCulture);
                j = EnglishText.SkipSpaces(s, digitsEnd);
            }
            else if (!word.StartsWith("within", StringComparison.Ordinal) && !(s.AsSpan(j).StartsWith("hour") || s.AsSpan(j).StartsWith("minute") || s.AsSpan(j).StartsWith("second")))
            {
                return null; // "next week" is a calendar week, handled as a period
            }

            if (!TryUnit(s, j, out var unitEnd, out var unit) || (amount == 1 && unit is not ('h' or 'm' or 's') && !word.StartsWith("within", StringComparison.Ordinal) && number.Span.Length == 0))
            {
                return null;
            }

            return Build(TextSpan.FromBounds(i, unitEnd), amount, unit, direction, reference);
        }

        return null;
    }

    private static (int Amount, int UnitStart)? CardinalWordThenQuarters(string s, int j)
    {
        var wordEnd = j;
        while (wordEnd < s.Length && char.IsAsciiLetter(s[wordEnd]))
        {
            wordEnd++;
        }

        var unitStart = EnglishText.SkipSpaces(s, wordEnd);
        return wordEnd > j && EnglishNumberWords.TryCardinal(s[j..wordEnd], out var amount) && amount > 0 && EnglishText.WordAt(s, unitStart, "quarters")
            ? (amount, unitStart)
            : null;
    }

    private static bool TryUnit(string s, int i, out int end, out char unit)
    {
        foreach (var (word, u) in Units)
        {
            if (EnglishText.WordAt(s, i, word, out end))
            {
                unit = u;
                return true;
            }
        }

        end = i;
        unit = ' ';
        return false;
    }

    private static DateTimeEntity Build(TextSpan span, int amount, char unit, int direction, DateTime reference)
    {
        if (unit is 'h' or 'm' or 's')
        {
            var delta = unit switch { 'h' => TimeSpan.FromHours(amount), 'm' => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromSeconds(amount) };
            return direction < 0 ? EntityBuilder.Window(span, reference - delta, reference) : EntityBuilder.Window(span, reference, reference + delta);
        }

        var today = DateOnly.FromDateTime(reference);
        if (unit == 'Q')
        {
            var quarterStart = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
            var (qs, qe) = direction < 0 ? (quarterStart.AddMonths(-3 * amount), quarterStart) : (quarterStart.AddMonths(3), quarterStart.AddMonths(3 + (3 * amount)));
            return EntityBuilder.Period(span, [(Timex.Range(qs, qe, string.Create(CultureInfo.InvariantCulture, $"P{3 * amount}M")), qs, qe)]);
        }

        if (unit == 'X')
        {
            // Decades are calendar decades: "the next two decades" in 2018 are 2020-2039.
            var decadeStart = new DateOnly(today.Year / 10 * 10, 1, 1);
            var (ds, de) = direction < 0 ? (decadeStart.AddYears(-10 * amount), decadeStart) : (decadeStart.AddYears(10), decadeStart.AddYears(10 + (10 * amount)));
            return EntityBuilder.Period(span, [(Timex.Range(ds, de, string.Create(CultureInfo.InvariantCulture, $"P{10 * amount}Y")), ds, de)]);
        }

        var (start, end) = unit == 'B' ? BusinessDays(today, amount, direction)
            : direction < 0 ? (Shift(today, unit, -amount), today) : (today.AddDays(1), Shift(today.AddDays(1), unit, amount));
        var letter = unit switch { 'X' => "0Y", 'B' => "BD", _ => unit.ToString() };
        var timex = Timex.Range(start, end, string.Create(CultureInfo.InvariantCulture, $"P{amount}{letter}"));
        return EntityBuilder.Period(span, [(timex, start, end)]);
    }

    private static DateOnly Shift(DateOnly day, char unit, int amount) => unit switch
    {
        'W' => day.AddDays(7 * amount),
        'M' => day.AddMonths(amount),
        'Y' => day.AddYears(amount),
        'X' => day.AddYears(10 * amount),
        _ => day.AddDays(amount),
    };

    /// <summary>"next 4 business days": from tomorrow to the day after the 4th weekday; "previous 4": from the 4th weekday back to today.</summary>
    private static (DateOnly Start, DateOnly End) BusinessDays(DateOnly today, int amount, int direction)
    {
        var day = today;
        for (var counted = 0; counted < amount;)
        {
            day = day.AddDays(direction < 0 ? -1 : 1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return direction < 0 ? (day, today) : (today.AddDays(1), day.AddDays(1));
    }
}
