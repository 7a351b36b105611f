namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// Open-ended bounds on an anchor, as upstream's <c>Mod</c> names them: before (ends where it starts), after (starts
/// where it ends), since (starts with it), until (ends with it).
/// </summary>
internal static class Modifier
{
    public const string Before = "before";
    public const string After = "after";
    public const string Since = "since";
    public const string Until = "until";

    public static DateTimeEntity Apply(Anchor anchor, string mod, TextSpan span)
    {
        var entity = anchor.Kind == AnchorKind.Period && anchor.Period is { } period ? EntityBuilder.Period(anchor.Span, period.Periods) : anchor.Entity;
        var kind = anchor.Kind switch
        {
            AnchorKind.Time => DateTimeSubtype.TimeRange,
            AnchorKind.DateTime or AnchorKind.Daypart when entity.Kind is DateTimeSubtype.DateTime or DateTimeSubtype.DateTimeRange => DateTimeSubtype.DateTimeRange,
            AnchorKind.Daypart => DateTimeSubtype.TimeRange,
            _ => DateTimeSubtype.DateRange,
        };

        var values = new List<DateTimeValue>(entity.Values.Count);
        var readings = new List<Reading>(entity.Readings.Count);
        foreach (var value in entity.Values)
        {
            if (value.NotResolved)
            {
                values.Add(value with { Mod = mod });
                continue;
            }

            var first = value.Value ?? value.Start ?? default;
            var last = value.Value ?? value.End ?? first;
            var isPoint = value.Value is not null;

            // "after mid may" → after-mid; "by end of this month" → before-end (and it ends where the month ends).
            var combined = value.Mod is { } part ? $"{mod}-{part}" : mod;
            var bound = mod.Split('-')[0];
            values.Add(bound switch
            {
                Before when value.Mod == "end" => new DateTimeValue(value.Timex, End: last, Mod: combined),
                Before => new DateTimeValue(value.Timex, End: first, Mod: combined),
                After => new DateTimeValue(value.Timex, Start: isPoint ? first : last, Mod: combined),
                Since => new DateTimeValue(value.Timex, Start: first, Mod: combined),
                _ => new DateTimeValue(value.Timex, End: isPoint ? first : last, Mod: combined),
            });
        }

        foreach (var reading in entity.Readings)
        {
            readings.Add(mod is Before or Until ? new Reading(reading.Start.AddDays(-1), reading.Start, reading.HasTimeOfDay) : reading);
        }

        return new DateTimeEntity(span, kind, values, readings);
    }
}
