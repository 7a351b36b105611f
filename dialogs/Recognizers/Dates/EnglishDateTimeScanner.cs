using RecoveryBot.Dialogs.Recognizers.Numbers;
using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Dates and times in English text. At each word the longest of: "now" words (just now), ends of days (end of
/// tomorrow), to date, weeks of months and around days, day and numeric date ranges, times counted from now
/// (2 hours ago, in 5 minutes), stretches counted from now (last 3 months), recurring times (every monday), durations
/// (3 hours 30 minutes) and what is counted from them (2 weeks before christmas, for 3 hours from 10 am), halves of
/// dayparts (late afternoon), ranges and bounded dates (from 2014 to 2018, before 4pm), and single anchors
/// (yesterday at 8pm, last Friday, may 2018). Common words that begin few expressions ("to", "for") try only those.
/// </summary>
internal static class EnglishDateTimeScanner
{
    public static List<DateTimeEntity> Scan(string text, DateTime reference)
    {
        var s = WidthNormalizer.FoldAndLower(text);
        var numbers = EnglishNumberParser.Scan(WidthNormalizer.Fold(text));
        var results = new List<DateTimeEntity>();
        var i = 0;
        while (i < s.Length)
        {
            if (!EnglishText.IsWordStart(s, i) || s[i] == ' ' || !EnglishStarters.CanStart(s, i))
            {
                i++;
                continue;
            }

            var entity = MatchAt(s, i, numbers, reference);
            if (entity is null || DigitChain.Cuts(s, entity.Span))
            {
                i++;
                continue;
            }

            results.Add(entity);
            i = entity.Span.EndExclusive;
        }

        return DateAndTimeRangeMerger.Merge(s, results);
    }

    private static DateTimeEntity? MatchAt(string s, int i, List<NumberMatch> numbers, DateTime reference)
    {
        DateTimeEntity? best = null;
        if (EnglishStarters.IsNarrow(s, i))
        {
            Consider(ref best, EnglishToDate.Match(s, i, reference));
            Consider(ref best, EnglishWeekOfDay.Match(s, i, reference));
            var bounded = EnglishDurationParser.Match(s, i, numbers);
            Consider(ref best, bounded);
            Consider(ref best, EnglishDurationRange.Match(s, i, numbers, reference, bounded));
            Consider(ref best, EnglishBoundedOffset.Match(s, i, numbers, reference));
            return best;
        }

        Consider(ref best, MatchNowWord(s, i, reference));
        Consider(ref best, EnglishDayEnd.Match(s, i, reference));
        Consider(ref best, EnglishToDate.Match(s, i, reference));
        Consider(ref best, EnglishWeekOfMonth.Match(s, i, reference));
        Consider(ref best, EnglishWeekOfDay.Match(s, i, reference));
        Consider(ref best, EnglishDayRangeInMonth.Match(s, i, reference));
        Consider(ref best, EnglishNumericDateRange.Match(s, i));
        Consider(ref best, EnglishRelativeTime.Match(s, i, numbers, reference));
        Consider(ref best, EnglishRelativeRange.Match(s, i, numbers, reference));
        Consider(ref best, EnglishRangeToNow.Match(s, i, reference));
        var anchor = EnglishAnchorParser.Parse(s, i, reference);
        Consider(ref best, EnglishSetParser.Match(s, i, reference, anchor));
        Consider(ref best, EnglishRangeParser.Match(s, i, reference, anchor));
        Consider(ref best, anchor?.Entity);
        var duration = EnglishDurationParser.Match(s, i, numbers);
        Consider(ref best, duration);
        var offsetFromDay = EnglishOffsetFromDay.Match(s, i, reference, duration);
        Consider(ref best, offsetFromDay);
        Consider(ref best, EnglishWeekdayOfOffset.Match(s, i, numbers, reference, offsetFromDay));
        Consider(ref best, EnglishHolidayWeekend.Match(s, i, DateOnly.FromDateTime(reference)));
        Consider(ref best, EnglishDaypartPart.Match(s, i, reference));
        Consider(ref best, EnglishDurationRange.Match(s, i, numbers, reference, duration));
        return best is { Kind: DateTimeSubtype.Date } ? WithClockTime(s, best, reference) : best;
    }

    /// <summary>
    /// "2 days ago at 3pm", "two weeks ago at 10:30": a day and the clock time after it. A part of the day after a day
    /// ("3 days ago in the evening") is joined by <see cref="DateAndTimeRangeMerger"/>, with upstream's range values.
    /// </summary>
    private static DateTimeEntity? WithClockTime(string s, DateTimeEntity day, DateTime reference)
    {
        var timeOfDay = EnglishAnchorParser.ParseComposite(s, EnglishText.SkipSpaces(s, day.Span.EndExclusive), reference);
        return DayWithTimeOfDay.Extend(day, timeOfDay is { Kind: AnchorKind.Time } ? timeOfDay : null, reference);
    }

    private static void Consider(ref DateTimeEntity? best, DateTimeEntity? candidate)
    {
        if (candidate is not null && (best is null || candidate.Span.Length > best.Span.Length))
        {
            best = candidate;
        }
    }

    private static DateTimeEntity? MatchNowWord(string s, int i, DateTime reference)
    {
        foreach (var (word, timex) in EnglishDateWords.NowWords.StartingAt(s, i))
        {
            if (EnglishText.WordAt(s, i, word, out var end))
            {
                return EntityBuilder.Instant(TextSpan.FromBounds(i, end), reference, timex);
            }
        }

        return null;
    }
}
