using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Loads knowledge/tips.yaml: prevention tips shown when a plan has worked.</summary>
internal static class TipsLoader
{
    public const string FileName = "tips.yaml";

    public static IReadOnlyList<Tip> Load(string directory, IReadOnlyDictionary<string, Fact>? facts, KnowledgeErrors errors, List<UserText> userTexts)
    {
        var tips = new List<Tip>();
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return tips;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(FileName, root, "expected a list of tips");
            return tips;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(item, FileName, errors, "tip") is { } reader && Read(reader, facts, userTexts) is { } tip)
            {
                if (tips.Any(t => t.Id == tip.Id))
                {
                    reader.Error($"tip '{tip.Id}' is defined twice");
                }

                tips.Add(tip);
            }
        }

        return tips;
    }

    private static Tip? Read(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts, List<UserText> userTexts)
    {
        var id = reader.Text("id");
        var factIds = FactReferences.Read(reader, facts);
        var confidence = reader.Confidence();
        FactReferences.CheckConfidence(reader, confidence, factIds, facts);
        var kinds = new List<PaymentKind>();
        foreach (var (text, node) in reader.TextList("kinds", required: false))
        {
            if (WireNames.TryParse<PaymentKind>(text, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                reader.Error(node, $"unknown payment kind '{text}' (use {string.Join(", ", WireNames.AllOf<PaymentKind>())})");
            }
        }

        var texts = new Dictionary<Language, string>();
        if (reader.Map("text", required: true) is { } textReader)
        {
            foreach (var (language, node) in LocalizedText.Nodes(textReader))
            {
                if (textReader.Scalar(node, language.Tag()) is not { } text)
                {
                    continue;
                }

                if (Placeholders.Find(text).Count > 0)
                {
                    textReader.Error(node, "tips take no placeholders");
                }

                texts[language] = text;
                userTexts.Add(new UserText(reader.File, KnowledgeErrors.LineOf(node), $"tip '{id}' {language.Tag()}", text));
            }
        }

        reader.RejectUnknownFields();
        return id is null || confidence is null || texts.Count < LocalizedText.Languages.Count
            ? null
            : new Tip(id, factIds, confidence.Value, kinds, texts);
    }
}
