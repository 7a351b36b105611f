using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Loads knowledge/risks.yaml: risky statements, the phrases that reveal them, and the warning for each.</summary>
internal static class RisksLoader
{
    public const string FileName = "risks.yaml";

    public static IReadOnlyList<Risk> Load(string directory, IReadOnlyDictionary<string, Fact>? facts, KnowledgeErrors errors, List<UserText> userTexts)
    {
        var risks = new List<Risk>();
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return risks;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(FileName, root, "expected a list of risks");
            return risks;
        }

        foreach (var node in list.Children)
        {
            if (MappingReader.From(node, FileName, errors, "risk") is { } reader && Read(reader, facts, userTexts) is { } risk)
            {
                if (risks.Any(r => r.Id == risk.Id))
                {
                    reader.Error($"risk '{risk.Id}' is defined twice");
                }

                risks.Add(risk);
            }
        }

        return risks;
    }

    private static Risk? Read(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts, List<UserText> userTexts)
    {
        var id = reader.Text("id");
        var provenance = ProvenanceReader.Read(reader, facts);
        var amountIsTheirs = reader.Bool("amountIsTheirs", required: false) ?? false;
        var phrases = LocalizedText.ReadPhrases(reader, "says");
        var families = LocalizedText.ReadPhraseFamilies(reader, "saysTogether");
        var warnings = LocalizedText.ReadTexts(reader, "warning", $"risk '{id}' warning", userTexts);
        reader.RejectUnknownFields();
        return id is null || provenance is null || phrases is null || families is null || warnings is null
            ? null
            : new Risk(id, provenance, amountIsTheirs, phrases, warnings) { PhraseFamilies = families };
    }
}
