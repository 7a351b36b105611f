using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>The strings of one language and the line of each key, for the cross-locale checks.</summary>
internal sealed record LoadedStrings(string File, IReadOnlyDictionary<string, TextEntry> Entries, IReadOnlyDictionary<string, int> Lines);

/// <summary>
/// Loads knowledge/strings.&lt;locale&gt;.yaml: a flat map from key to a text, a list of alternative texts,
/// or <c>{text, facts, confidence}</c> for an entry that states a fact or a number.
/// </summary>
internal static partial class StringsLoader
{
    public static string FileName(Language language) => $"strings.{language.Tag()}.yaml";

    public static LoadedStrings Load(string directory, Language language, IReadOnlyDictionary<string, Fact>? facts, KnowledgeErrors errors, List<UserText> userTexts)
    {
        var file = FileName(language);
        var entries = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (YamlFile.Read(directory, file, errors) is { } root && MappingReader.From(root, file, errors, "") is { } reader)
        {
            foreach (var (key, keyNode, value) in reader.Entries())
            {
                if (Read(reader, key, value, facts) is { } entry)
                {
                    entries[key] = entry.Entry;
                    lines[key] = KnowledgeErrors.LineOf(keyNode);
                    userTexts.AddRange(entry.Texts.Select(t => new UserText(file, t.Line, $"string '{key}'", t.Value)));
                }
            }
        }

        return new LoadedStrings(file, entries, lines);
    }

    private static (TextEntry Entry, IReadOnlyList<FieldText> Texts)? Read(MappingReader reader, string key, YamlNode value, IReadOnlyDictionary<string, Fact>? facts)
    {
        if (value is YamlMappingNode)
        {
            var entryReader = reader.Child(value, key);
            var texts = entryReader.Field("text", required: true) is { } textNode ? Texts(entryReader, key, textNode) : [];
            var factIds = FactReferences.Read(entryReader, facts);
            var confidence = entryReader.Confidence();
            FactReferences.CheckConfidence(entryReader, confidence, factIds, facts);
            entryReader.RejectUnknownFields();
            return texts.Count == 0 || confidence is null
                ? null
                : (new TextEntry(key, [.. texts.Select(t => t.Value)], factIds, confidence), texts);
        }

        var plain = Texts(reader, key, value);
        foreach (var text in plain)
        {
            if (Figure().Match(Placeholders.Strip(text.Value)) is { Success: true } figure)
            {
                reader.ErrorAt(text.Line, $"'{key}' states the figure '{figure.Value}': write it as {{text, facts, confidence}} so the number has a source");
            }
        }

        return plain.Count == 0 ? null : (new TextEntry(key, [.. plain.Select(t => t.Value)], [], null), plain);
    }

    private static List<FieldText> Texts(MappingReader reader, string key, YamlNode node)
    {
        if (node is YamlSequenceNode list)
        {
            if (list.Children.Count == 0)
            {
                reader.Error(node, $"'{key}' is an empty list");
            }

            return [.. list.Children
                .Select(item => reader.Scalar(item, key) is { } text ? new FieldText(text, KnowledgeErrors.LineOf(item)) : null)
                .OfType<FieldText>()];
        }

        return reader.Scalar(node, key) is { } single ? [new FieldText(single, KnowledgeErrors.LineOf(node))] : [];
    }

    [GeneratedRegex("[0-9０-９]{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
