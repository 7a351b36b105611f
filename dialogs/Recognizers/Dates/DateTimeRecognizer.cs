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
            var map = new Dictionary<string, string>(5) { ["timex"] = value.Timex, ["type"] = subtype };
            if (value.Mod is not null)
            {
                map["Mod"] = value.Mod;
            }

            if (value.Value is not null)
            {
                map["value"] = value.Value;
            }

            if (value.Start is not null)
            {
                map["start"] = value.Start;
            }

            if (value.End is not null)
            {
                map["end"] = value.End;
            }

            values.Add(map);
        }

        return new ModelResult(
            text.Substring(entity.Span.Start, entity.Span.Length),
            entity.Span.Start,
            entity.Span.EndExclusive - 1,
            entity.Kind.TypeName(),
            new Dictionary<string, object?> { ["values"] = values });
    }
}
