using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Step texts may use only the placeholders the dialog fills, and both languages of a field must use
/// the same ones, or one language would show a raw "{amount}" or leave out the amount.
/// </summary>
internal static class StepPlaceholders
{
    public static void Check(MappingReader reader, string where, IReadOnlyDictionary<Language, StepTextFields> byLanguage)
    {
        foreach (var name in StepTextFields.Names)
        {
            var perLanguage = byLanguage
                .Where(pair => pair.Value.Fields.ContainsKey(name))
                .Select(pair => (Language: pair.Key, Field: pair.Value.Fields[name], Names: Placeholders.Find(pair.Value.Fields[name].Value)))
                .ToList();

            foreach (var (language, field, names) in perLanguage)
            {
                var unknown = names.Where(n => !Placeholders.StepNames.Contains(n)).ToHashSet(StringComparer.Ordinal);
                if (unknown.Count > 0)
                {
                    reader.ErrorAt(field.Line, $"{where}.{language.Tag()}.{name}: placeholder {Placeholders.Describe(unknown)} is not allowed (allowed: {Placeholders.Describe(Placeholders.StepNames)})");
                }
            }

            if (perLanguage.Count > 1 && perLanguage.Select(p => Placeholders.Describe(p.Names)).Distinct().Count() > 1)
            {
                var detail = string.Join("; ", perLanguage.Select(p => $"{p.Language.Tag()} has {Placeholders.Describe(p.Names)}"));
                reader.ErrorAt(perLanguage.Max(p => p.Field.Line), $"{where}.{name}: the locales use different placeholders ({detail})");
            }
        }
    }
}
