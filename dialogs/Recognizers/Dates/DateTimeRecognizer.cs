using System.Globalization;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Date/time entities of one language, as entities (for the bot policy) or as model results.</summary>
internal static class DateTimeRecognizer
{
    public static List<DateTimeEntity> Find(string text, Language language, DateTime reference) =>
        language == Language.ZhCn ? ChineseDateTimeScanner.Scan(text, reference) : EnglishDateTimeScanner.Scan(text, reference);

    public static IReadOnlyList<ModelResult> Recognize(string text, Language language, DateTime reference)
    {
        var entities = Find(text, language, reference);
        var results = new List<ModelResult>(entities.Count);
        foreach (var entity in entities)
        {
            results.Add(ToResult(text, entity));
        }

        return results;
    }

    public static ModelResult ToResult(string text, DateTimeEntity entity)
    {
        var subtype = entity.Kind.Name();
        var values = new List<IReadOnlyDictionary<string, string>>(entity.Values.Count);
        foreach (var value in entity.Values)
        {
            values.Add(Write(entity.Kind, subtype, value));
        }

        return new ModelResult(
            text.Substring(entity.Span.Start, entity.Span.Length),
            entity.Span.Start,
            entity.Span.EndExclusive - 1,
            entity.Kind.TypeName(),
            new Dictionary<string, object?> { ["values"] = values });
    }

    /// <summary>Upstream's value formats: dates "2016-11-07", times "20:00:00", datetimes "2016-11-07 20:00:00", durations in seconds.</summary>
    private static Dictionary<string, string> Write(DateTimeSubtype kind, string subtype, DateTimeValue value)
    {
        var map = new Dictionary<string, string>(5) { ["timex"] = value.Timex, ["type"] = subtype };
        if (value.Mod is not null)
        {
            map["Mod"] = value.Mod;
        }

        if (value.NotResolved)
        {
            map["value"] = "not resolved";
            return map;
        }

        if (value.Seconds is { } seconds)
        {
            map["value"] = seconds.ToString("0.###", CultureInfo.InvariantCulture);
        }

        if (value.Value is { } point)
        {
            map["value"] = Format(kind, point);
        }

        if (value.Start is { } start)
        {
            map["start"] = Format(kind, start);
        }

        if (value.End is { } end)
        {
            map["end"] = Format(kind, end);
        }

        return map;
    }

    private static string Format(DateTimeSubtype kind, DateTime at) => kind switch
    {
        DateTimeSubtype.Date or DateTimeSubtype.DateRange => Timex.DateValue(DateOnly.FromDateTime(at)),
        DateTimeSubtype.Time or DateTimeSubtype.TimeRange => Timex.TimeValue(at.TimeOfDay),
        _ => Timex.DateTimeValue(at),
    };
}
