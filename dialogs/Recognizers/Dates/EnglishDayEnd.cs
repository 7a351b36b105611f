namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The last second of one day: "end of tomorrow", "the end of today", "end of this sunday", "end of the day", "the eod".
/// Upstream reads these as a datetime at 23:59:59, not as the last part of a period.
/// </summary>
internal static class EnglishDayEnd
{
    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        var j = i;
        if (EnglishText.WordAt(s, j, "the", out var theEnd))
        {
            j = EnglishText.SkipSpaces(s, theEnd);
        }

        DateOnly day;
        int end;
        if (EnglishText.WordAt(s, j, "eod", out end))
        {
            day = today;
        }
        else if (EnglishText.WordAt(s, j, "end of", out var ofEnd))
        {
            var k = EnglishText.SkipSpaces(s, ofEnd);
            if (EnglishText.WordAt(s, k, "the day", out end))
            {
                day = today;
            }
            else if (EnglishDateParser.TryParse(s, k, today, out end, out var date, out var daypart, out _) && daypart is null && date.Days.Count == 1
                     && !date.Timex.StartsWith("XXXX", StringComparison.Ordinal) && IsRelativeDay(s, k))
            {
                day = date.Days[0];
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var at = EntityBuilder.Midnight(day).AddDays(1).AddSeconds(-1);
        return EntityBuilder.Instant(TextSpan.FromBounds(i, end), at, Timex.DateTimeTimex(at));
    }

    /// <summary>Days named relative to today ("tomorrow", "this sunday"); calendar dates ("end of may 5") are not days that end.</summary>
    private static bool IsRelativeDay(string s, int k) => !char.IsAsciiDigit(s[k]) && !EnglishDateParser.TryMonth(s, k, out _, out _);
}
