namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Stretches that end today: "to date" / "till date" (open, up to now: PRESENT_REF before today) and "year to date"
/// (from the first of this year up to today).
/// </summary>
internal static class EnglishToDate
{
    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        var today = reference.Date;
        var year = EnglishText.WordAt(s, i, "the", out var theEnd) ? EnglishText.SkipSpaces(s, theEnd) : i;
        if (EnglishText.WordAt(s, year, "year to date", out var ytdEnd) && !FollowedByNumber(s, ytdEnd))
        {
            var first = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            return new DateTimeEntity(
                TextSpan.FromBounds(year, ytdEnd),
                DateTimeSubtype.DateRange,
                [new DateTimeValue(Timex.YearOnly(today.Year), Start: first, End: today)],
                [new Reading(first, today, false)]);
        }

        if ((EnglishText.WordAt(s, i, "to date", out var end) || EnglishText.WordAt(s, i, "till date", out end) || EnglishText.WordAt(s, i, "until date", out end))
            && !FollowedByNumber(s, end))
        {
            return new DateTimeEntity(
                TextSpan.FromBounds(i, end),
                DateTimeSubtype.DateRange,
                [new DateTimeValue("PRESENT_REF", End: today, Mod: Modifier.Before)],
                [new Reading(today.AddDays(-1), today, false)]);
        }

        return null;
    }

    /// <summary>"equals to date 1" names a date column, not today.</summary>
    private static bool FollowedByNumber(string s, int end)
    {
        var k = EnglishText.SkipSpaces(s, end);
        return k < s.Length && char.IsAsciiDigit(s[k]);
    }
}
