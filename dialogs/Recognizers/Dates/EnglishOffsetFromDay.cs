namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A day counted from another day: "2 weeks before christmas", "16 days from 01/02/2018", "3 days after january 12th",
/// "two months after next friday". A day without a year counts from its next occurrence, as upstream does.
/// </summary>
internal static class EnglishOffsetFromDay
{
    public static DateTimeEntity? Match(string s, int i, DateTime reference, DateTimeEntity? duration)
    {
        if (duration is not { Kind: DateTimeSubtype.Duration } || duration.Span.Start != i || duration.Values.Count != 1
            || !TryDays(duration.Values[0].Timex, out var amount, out var unit))
        {
            return null;
        }

        var k = EnglishText.SkipSpaces(s, duration.Span.EndExclusive);
        int sign;
        if (EnglishText.WordAt(s, k, "before", out var relationEnd))
        {
            sign = -1;
        }
        else if (EnglishText.WordAt(s, k, "after", out relationEnd) || EnglishText.WordAt(s, k, "from", out relationEnd))
        {
            sign = 1;
        }
        else
        {
            return null;
        }

        var m = EnglishText.SkipSpaces(s, relationEnd);
        var today = DateOnly.FromDateTime(reference);
        if (!EnglishDateParser.TryParse(s, m, today, out var end, out var date, out var daypart, out _) || daypart is not null || !date.IsResolved
            || (end < s.Length && char.IsAsciiLetterOrDigit(s[end])))
        {
            return null;
        }

        var from = date.Days[^1];
        var day = unit switch
        {
            'D' => from.AddDays(sign * amount),
            'W' => from.AddDays(sign * amount * 7),
            'M' => from.AddMonths(sign * amount),
            _ => from.AddYears(sign * amount),
        };
        return EntityBuilder.DateOnly(TextSpan.FromBounds(i, end), DateCandidates.Single(day));
    }

    /// <summary>Whole days, weeks, months or years: "P16D", "P2W", "P3M", "P1Y".</summary>
    private static bool TryDays(string timex, out int amount, out char unit)
    {
        amount = 0;
        unit = timex[^1];
        if (timex.Length < 3 || timex[0] != 'P' || unit is not ('D' or 'W' or 'M' or 'Y') || timex.Contains('T', StringComparison.Ordinal))
        {
            return false;
        }

        return int.TryParse(timex.AsSpan(1, timex.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out amount);
    }
}
