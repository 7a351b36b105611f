using System.Globalization;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A bound on a day counted from another: "more than 2 days before yesterday" (any day before that one),
/// "less than 3 days after tomorrow" (the days from tomorrow up to that one).
/// </summary>
internal static class EnglishBoundedOffset
{
    public static DateTimeEntity? Match(string s, int i, List<NumberMatch> numbers, DateTime reference)
    {
        bool more;
        if (EnglishText.WordAt(s, i, "more than", out var boundEnd))
        {
            more = true;
        }
        else if (EnglishText.WordAt(s, i, "less than", out boundEnd))
        {
            more = false;
        }
        else
        {
            return null;
        }

        var k = EnglishText.SkipSpaces(s, boundEnd);
        if (EnglishDurationParser.Match(s, k, numbers) is not { Values: [{ Seconds: { } seconds }] } duration || seconds % 86_400 != 0
            || (EnglishRelativeTime.Match(s, k, numbers, reference) ?? EnglishOffsetFromDay.Match(s, k, reference, duration)) is not { Kind: DateTimeSubtype.Date, Values: [{ Value: { } at }] } counted
            || counted.Span.EndExclusive <= duration.Span.EndExclusive)
        {
            return null;
        }

        var relation = EnglishText.SkipSpaces(s, duration.Span.EndExclusive);
        var before = EnglishText.WordAt(s, relation, "before");
        var day = DateOnly.FromDateTime(at);
        var days = (int)(seconds / 86_400);
        var origin = day.AddDays(before ? days : -days);
        var span = TextSpan.FromBounds(i, counted.Span.EndExclusive);
        var timex = Timex.Date(day);
        if (more)
        {
            // Further away than the counted day: open-ended past it.
            var mod = before ? Modifier.Before : Modifier.After;
            var value = before ? new DateTimeValue(timex, End: EntityBuilder.Midnight(day), Mod: mod) : new DateTimeValue(timex, Start: EntityBuilder.Midnight(day), Mod: mod);
            return new DateTimeEntity(span, DateTimeSubtype.DateRange, [value], [Reading.Day(day)]);
        }

        var (start, end) = before ? (day, origin) : (origin, day);
        var rangeTimex = Timex.Range(start, end, string.Create(CultureInfo.InvariantCulture, $"P{days}D"));
        return new DateTimeEntity(span, DateTimeSubtype.DateRange, [new DateTimeValue(rangeTimex, Start: EntityBuilder.Midnight(start), End: EntityBuilder.Midnight(end))], [new Reading(EntityBuilder.Midnight(start), EntityBuilder.Midnight(end), false)]);
    }
}
