using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A weekday in the week of a day counted from another: "monday two weeks from now", "thursday, two year from now",
/// "3 weeks after christmas on friday".
/// </summary>
internal static class EnglishWeekdayOfOffset
{
    public static DateTimeEntity? Match(string s, int i, List<NumberMatch> numbers, DateTime reference, DateTimeEntity? offsetAtStart)
    {
        if (EnglishDateWords.TryWeekdayWord(s, i, out var weekdayEnd, out var weekday))
        {
            var k = weekdayEnd < s.Length && s[weekdayEnd] == ',' ? weekdayEnd + 1 : weekdayEnd;
            k = EnglishText.SkipSpaces(s, k);
            return k > weekdayEnd && SingleDay(EnglishRelativeTime.Match(s, k, numbers, reference)) is { } counted
                ? InWeekOf(TextSpan.FromBounds(i, counted.Span.EndExclusive), counted.Day, weekday)
                : null;
        }

        if (SingleDay(offsetAtStart) is { } offset)
        {
            var on = EnglishText.SkipSpaces(s, offset.Span.EndExclusive);
            if (EnglishText.WordAt(s, on, "on", out var onEnd) && EnglishDateWords.TryWeekdayWord(s, EnglishText.SkipSpaces(s, onEnd), out var end, out var day))
            {
                return InWeekOf(TextSpan.FromBounds(i, end), offset.Day, day);
            }
        }

        return null;
    }

    private static (TextSpan Span, DateOnly Day)? SingleDay(DateTimeEntity? entity) =>
        entity is { Kind: DateTimeSubtype.Date, Values: [{ Value: { } value }] } ? (entity.Span, DateOnly.FromDateTime(value)) : null;

    private static DateTimeEntity InWeekOf(TextSpan span, DateOnly day, int weekday) =>
        EntityBuilder.DateOnly(span, DateCandidates.Single(CalendarMath.MondayOf(day).AddDays(weekday - 1)));
}
