using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Loads knowledge/deadlines.yaml: the time limits the dialog computes for a situation (the automatic
/// refund, the urgency of a stop-payment, 重大误解 and limitation periods, the merchant refund window).
/// </summary>
internal static class DeadlinesLoader
{
    public const string FileName = "deadlines.yaml";

    public static IReadOnlyList<Deadline> Load(string directory, IReadOnlyDictionary<string, Fact>? facts, KnowledgeErrors errors, List<UserText> userTexts)
    {
        var deadlines = new List<Deadline>();
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return deadlines;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(FileName, root, "expected a list of deadlines");
            return deadlines;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(item, FileName, errors, "deadline") is { } reader && Read(reader, facts, userTexts) is { } deadline)
            {
                if (deadlines.Any(d => d.Id == deadline.Id))
                {
                    reader.Error($"deadline '{deadline.Id}' is defined twice");
                }

                deadlines.Add(deadline);
            }
        }

        return deadlines;
    }

    private static Deadline? Read(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts, List<UserText> userTexts)
    {
        var id = reader.Text("id");
        var provenance = ProvenanceReader.Read(reader, facts);
        var when = ConditionReader.Read(reader);
        var fromText = reader.Text("from");
        DueAnchor? from = fromText switch
        {
            "sentAt" => DueAnchor.SentAt,
            "now" => DueAnchor.Now,
            _ => null,
        };
        if (fromText is not null && from is null)
        {
            reader.Error($"'from' must be sentAt or now, found '{fromText}'");
        }

        var after = KnowledgeDuration.Zero;
        if (reader.Field("after", required: false) is { } afterNode && reader.Scalar(afterNode, "after") is { } afterText
            && !KnowledgeDuration.TryParse(afterText, out after))
        {
            reader.Error(afterNode, $"'after' must be a duration such as 30m, 24h, 90d or 3y, found '{afterText}'");
        }

        var texts = new Dictionary<Language, DeadlineText>();
        if (reader.Map("text", required: true) is { } textReader)
        {
            foreach (var (language, node) in LocalizedText.Nodes(textReader))
            {
                if (textReader.ChildOrNull(node, language.Tag()) is { } localeReader && ReadText(localeReader, id, userTexts) is { } text)
                {
                    texts[language] = text;
                }
            }

            if (texts.Values.Select(t => t.Passed is null).Distinct().Count() > 1)
            {
                textReader.Error("either both locales say what happens once the time has 'passed', or neither");
            }

            if (texts.Values.Select(t => Placeholders.Describe(Placeholders.Find(t.Upcoming + " " + t.Passed))).Distinct().Count() > 1)
            {
                textReader.Error("the locales use different placeholders");
            }
        }

        reader.RejectUnknownFields();
        return id is null || provenance is null || from is null || texts.Count < LocalizedText.Languages.Count
            ? null
            : new Deadline(id, provenance, when, from.Value, after, texts);
    }

    private static DeadlineText? ReadText(MappingReader reader, string? id, List<UserText> userTexts)
    {
        var upcoming = Field(reader, "upcoming", required: true, id, userTexts);
        var passed = Field(reader, "passed", required: false, id, userTexts);
        reader.RejectUnknownFields();
        return upcoming is null ? null : new DeadlineText(upcoming, passed);
    }

    private static string? Field(MappingReader reader, string name, bool required, string? id, List<UserText> userTexts)
    {
        if (reader.Field(name, required) is not { } node || reader.Scalar(node, name) is not { } text)
        {
            return null;
        }

        var unknown = Placeholders.Find(text).Where(p => !Placeholders.DeadlineNames.Contains(p)).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count > 0)
        {
            reader.Error(node, $"placeholder {Placeholders.Describe(unknown)} is not allowed (allowed: {Placeholders.Describe(Placeholders.DeadlineNames)})");
        }

        userTexts.Add(new UserText(reader.File, KnowledgeErrors.LineOf(node), $"deadline '{id}' {reader.Context}.{name}", text));
        return text;
    }
}
