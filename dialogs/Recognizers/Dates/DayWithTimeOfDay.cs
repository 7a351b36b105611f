namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A day found by itself ("3天前", "2 days ago", "上周五") takes the time of day said right after it, as a named day does
/// inside a composite ("昨天下午3点", "yesterday at 8pm"): "3天前的下午", "两天前晚上8点", "2 days ago at 3pm" are one
/// moment or stretch on that day. Each language says where the time of day starts and which kinds it joins.
/// </summary>
internal static class DayWithTimeOfDay
{
    public static DateTimeEntity? Extend(DateTimeEntity? day, Anchor? timeOfDay, DateTime reference)
    {
        if (day is not { Kind: DateTimeSubtype.Date } || timeOfDay is not { Kind: AnchorKind.Time or AnchorKind.Daypart } || !TryDays(day, out var days))
        {
            return day;
        }

        return EntityBuilder.Compose(TextSpan.FromBounds(day.Span.Start, timeOfDay.Span.EndExclusive), days, timeOfDay.Daypart, timeOfDay.Time, reference);
    }

    private static bool TryDays(DateTimeEntity day, out DateCandidates days)
    {
        days = null!;
        if (day.Values.Count == 0 || day.Values.Any(v => v.Value is null || v.Mod is not null || v.Timex != day.Values[0].Timex))
        {
            return false;
        }

        days = new DateCandidates(day.Values[0].Timex, [.. day.Values.Select(v => DateOnly.FromDateTime(v.Value!.Value))]);
        return true;
    }
}
