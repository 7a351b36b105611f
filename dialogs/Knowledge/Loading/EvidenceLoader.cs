using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Loads knowledge/evidence.yaml: the evidence checklist items and the situations they fit.</summary>
internal static class EvidenceLoader
{
    public const string FileName = "evidence.yaml";

    public static IReadOnlyList<EvidenceItem> Load(string directory, IReadOnlyDictionary<string, Fact>? facts, KnowledgeErrors errors, List<UserText> userTexts)
    {
        var items = new List<EvidenceItem>();
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return items;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(FileName, root, "expected a list of evidence items");
            return items;
        }

        foreach (var node in list.Children)
        {
            if (MappingReader.From(node, FileName, errors, "evidence") is { } reader && Read(reader, facts, userTexts) is { } item)
            {
                if (items.Any(i => i.Id == item.Id))
                {
                    reader.Error($"evidence item '{item.Id}' is defined twice");
                }

                items.Add(item);
            }
        }

        return items;
    }

    private static EvidenceItem? Read(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts, List<UserText> userTexts)
    {
        var id = reader.Text("id");
        var provenance = ProvenanceReader.Read(reader, facts);
        var when = ConditionReader.Read(reader);
        var texts = new Dictionary<Language, EvidenceText>();
        if (reader.Map("text", required: true) is { } textReader)
        {
            foreach (var (language, node) in LocalizedText.Nodes(textReader))
            {
                if (textReader.ChildOrNull(node, language.Tag()) is not { } localeReader)
                {
                    continue;
                }

                var label = localeReader.Text("label");
                var detail = localeReader.Text("detail");
                var source = localeReader.Text("source");
                localeReader.RejectUnknownFields();
                foreach (var (name, value) in new[] { ("label", label), ("detail", detail), ("source", source) })
                {
                    if (value is null)
                    {
                        continue;
                    }

                    if (Placeholders.Find(value).Count > 0)
                    {
                        localeReader.Error($"'{name}' takes no placeholders");
                    }

                    userTexts.Add(new UserText(reader.File, KnowledgeErrors.LineOf(localeReader.Field(name, false)!), $"evidence '{id}' {language.Tag()} {name}", value));
                }

                if (label is not null && detail is not null && source is not null)
                {
                    texts[language] = new EvidenceText(label, detail, source);
                }
            }
        }

        var phrases = LocalizedText.ReadPhrases(reader, "says");
        var inDocuments = reader.Bool("inDocuments", required: false) ?? true;
        reader.RejectUnknownFields();
        return id is null || provenance is null || phrases is null || texts.Count < LocalizedText.Languages.Count
            ? null
            : new EvidenceItem(id, provenance, when, texts, phrases, inDocuments);
    }
}
