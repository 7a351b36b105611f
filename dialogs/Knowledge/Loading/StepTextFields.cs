using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>A text field as written, with its line.</summary>
internal sealed record FieldText(string Value, int Line);

/// <summary>
/// The text fields of a step in one language as written in the file: complete for the default text,
/// possibly partial for a variant.
/// </summary>
internal sealed record StepTextFields(IReadOnlyDictionary<string, FieldText> Fields)
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Instructions = "instructions";
    public const string Script = "script";
    public const string Caveat = "caveat";
    public const string Why = "why";
    public const string Bring = "bring";
    public const string Expect = "expect";
    public const string IfFails = "ifFails";

    public static IReadOnlyList<string> Names { get; } = [Title, Summary, Instructions, Bring, Script, Expect, IfFails, Why, Caveat];

    /// <summary>Every step says what to do, what happens next, what if it fails, and why.</summary>
    public static IReadOnlyList<string> Required { get; } = [Title, Summary, Instructions, Expect, IfFails, Why];

    public static IReadOnlyList<string> SingleLine { get; } = [Title, Summary];

    public static StepTextFields Read(MappingReader reader, bool complete)
    {
        var fields = new Dictionary<string, FieldText>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var node = reader.Field(name, required: complete && Required.Contains(name));
            if (node is not null && reader.Scalar(node, name) is { } value)
            {
                if (SingleLine.Contains(name) && value.Contains('\n', StringComparison.Ordinal))
                {
                    reader.Error(node, $"'{name}' must fit on one line");
                }

                fields[name] = new FieldText(value, KnowledgeErrors.LineOf(node));
            }
        }

        reader.RejectUnknownFields();
        if (!complete && fields.Count == 0)
        {
            reader.Error("a variant must set at least one of " + string.Join(", ", Names));
        }

        return new StepTextFields(fields);
    }

    /// <summary>This variant's fields over <paramref name="fallback"/>'s.</summary>
    public StepTextFields Over(StepTextFields fallback)
    {
        var merged = new Dictionary<string, FieldText>(fallback.Fields, StringComparer.Ordinal);
        foreach (var (name, field) in Fields)
        {
            merged[name] = field;
        }

        return new StepTextFields(merged);
    }

    public StepText? ToStepText()
    {
        if (Required.Any(name => !Fields.ContainsKey(name)))
        {
            return null;
        }

        return new StepText(
            Fields[Title].Value,
            Fields[Summary].Value,
            Fields[Instructions].Value,
            Fields.GetValueOrDefault(Script)?.Value,
            Fields.GetValueOrDefault(Caveat)?.Value,
            Fields[Why].Value,
            Fields.GetValueOrDefault(Bring)?.Value,
            Fields[Expect].Value,
            Fields[IfFails].Value);
    }

    public static IReadOnlyDictionary<Language, StepText> ToStepTexts(IReadOnlyDictionary<Language, StepTextFields> byLanguage)
    {
        var texts = new Dictionary<Language, StepText>();
        foreach (var (language, fields) in byLanguage)
        {
            if (fields.ToStepText() is { } text)
            {
                texts[language] = text;
            }
        }

        return texts;
    }
}
