using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A stretch given by its start and its length: "for 3 hours from 10 am", "from 9 for 2.5 hrs", "a week starting tomorrow",
/// "for 3 days, from today", "a day starting this friday at 5 pm". The end is the start plus the length.
/// </summary>
internal static class EnglishDurationRange
{
    private static readonly string[] StartWords = ["starting from", "starting on", "starting", "beginning", "from"];

    /// <param name="durationAtStart">The duration already read at <paramref name="i"/>, if any.</param>
    public static DateTimeEntity? Match(string s, int i, List<NumberMatch> numbers, DateTime reference, DateTimeEntity? durationAtStart)
    {
        // "from 9 for 2.5 hrs"
        if (EnglishText.WordAt(s, i, "from", out var fromEnd))
        {
            var k = EnglishText.SkipSpaces(s, fromEnd);
            if (Start(s, k, reference) is { } start)
            {
                var f = EnglishText.SkipSpaces(s, start.End);
                if (EnglishText.WordAt(s, f, "for", out var forEnd) && EnglishDurationParser.Match(s, EnglishText.SkipSpaces(s, forEnd), numbers) is { } length)
                {
                    return Build(TextSpan.FromBounds(i, length.Span.EndExclusive), start, length);
                }
            }

            return null;
        }

        // "for 3 hours from 10 am", "a week starting tomorrow"
        var saidFor = EnglishText.WordAt(s, i, "for", out var forWordEnd);
        var j = saidFor ? EnglishText.SkipSpaces(s, forWordEnd) : i;
        if ((saidFor ? EnglishDurationParser.Match(s, j, numbers) : durationAtStart) is not { } duration || duration.Kind != DateTimeSubtype.Duration)
        {
            return null;
        }

        var m = EnglishText.SkipSpaces(s, duration.Span.EndExclusive);
        if (m < s.Length && s[m] == ',')
        {
            m = EnglishText.SkipSpaces(s, m + 1);
        }

        foreach (var word in StartWords)
        {
            if (EnglishText.WordAt(s, m, word, out var wordEnd) && Start(s, EnglishText.SkipSpaces(s, wordEnd), reference) is { } start)
            {
                // Upstream keeps "for" with "from" ("for 3 hours from 10 am") but not with "starting" ("a week starting tomorrow").
                return Build(TextSpan.FromBounds(word == "from" ? i : j, start.End), start, duration);
            }
        }

        return null;
    }

    private sealed record StartPoint(DateTime At, string Timex, DateTimeSubtype Kind, int End);

    /// <summary>A clock time (on the reference day), a day, or a day with a time.</summary>
    private static StartPoint? Start(string s, int k, DateTime reference)
    {
        var anchor = EnglishAnchorParser.Parse(s, k, reference);
        if (anchor is { Kind: AnchorKind.Day or AnchorKind.DateTime } && anchor.Span.Start == k && anchor.Entity.Values is [.., { Value: { } at } last])
        {
            return new StartPoint(at, last.Timex, anchor.Kind == AnchorKind.Day ? DateTimeSubtype.DateRange : DateTimeSubtype.DateTimeRange, anchor.Span.EndExclusive);
        }

        if (EnglishClockParser.TryParse(s, k, true, out var end, out var time))
        {
            var hour = EntityBuilder.HoursOf(time, null)[0];
            return new StartPoint(reference.Date.AddHours(hour).AddMinutes(time.Minute).AddSeconds(time.Second), Timex.Time(hour, time.Minute, time.Second, time.Precision), DateTimeSubtype.TimeRange, end);
        }

        return null;
    }

    private static DateTimeEntity? Build(TextSpan span, StartPoint start, DateTimeEntity duration)
    {
        if (duration.Values is not [{ Seconds: { } seconds, Mod: null } length] || length.Timex.Contains('M', StringComparison.Ordinal) && !length.Timex.Contains('T', StringComparison.Ordinal)
            || length.Timex.Contains('Y', StringComparison.Ordinal))
        {
            return null; // months and years have no fixed length
        }

        var stretch = TimeSpan.FromSeconds((double)seconds);
        var byDays = stretch.Ticks % TimeSpan.TicksPerDay == 0;
        if (start.Kind == DateTimeSubtype.DateRange && !byDays)
        {
            return null;
        }

        var end = start.At + stretch;
        var lengthTimex = Timex.Duration(stretch);
        string timex;
        if (start.Kind == DateTimeSubtype.DateRange)
        {
            timex = $"({Timex.Date(DateOnly.FromDateTime(start.At))},{Timex.Date(DateOnly.FromDateTime(end))},{lengthTimex})";
        }
        else if (byDays)
        {
            timex = $"({Timex.DateTimeTimex(start.At)},{Timex.DateTimeTimex(end)},{lengthTimex})";
        }
        else
        {
            // The start as said ("T09", "XXXX-02-14T09:30"), the end to the second on the same day's timex.
            var dayPrefix = start.Timex.Contains('T', StringComparison.Ordinal) ? start.Timex[..start.Timex.IndexOf('T', StringComparison.Ordinal)] : string.Empty;
            timex = $"({start.Timex},{dayPrefix}T{Timex.TimeValue(end.TimeOfDay)},{lengthTimex})";
        }

        return new DateTimeEntity(span, start.Kind, [new DateTimeValue(timex, Start: start.At, End: end)], [new Reading(start.At, end, start.Kind != DateTimeSubtype.DateRange)]);
    }
}
