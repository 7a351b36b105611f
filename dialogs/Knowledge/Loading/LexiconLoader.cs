using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>A loaded lexicon with the line of every group and name, for the cross-locale checks.</summary>
internal sealed record LoadedLexicon(string File, Lexicon Lexicon, IReadOnlyDictionary<string, int> Lines, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> NameLines);

/// <summary>
/// Loads knowledge/lexicon.&lt;locale&gt;.yaml: a map from group to a list of phrases, or to a map from
/// name to phrases.
/// </summary>
internal static class LexiconLoader
{
    public static string FileName(Language language) => $"lexicon.{language.Tag()}.yaml";

    public static LoadedLexicon Load(string directory, Language language, KnowledgeErrors errors)
    {
        var file = FileName(language);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var maps = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameLines = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        if (YamlFile.Read(directory, file, errors) is { } root && MappingReader.From(root, file, errors, "") is { } reader)
        {
            foreach (var (group, keyNode, value) in reader.Entries())
            {
                lines[group] = KnowledgeErrors.LineOf(keyNode);
                if (value is YamlMappingNode)
                {
                    var groupReader = reader.Child(value, group);
                    var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                    var names = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var (name, nameNode, phrases) in groupReader.Entries())
                    {
                        map[name] = Phrases(groupReader, name, phrases);
                        names[name] = KnowledgeErrors.LineOf(nameNode);
                    }

                    maps[group] = map;
                    nameLines[group] = names;
                }
                else
                {
                    lists[group] = Phrases(reader, group, value);
                }
            }
        }

        var loaded = new LoadedLexicon(file, new Lexicon(language, lists, maps), lines, nameLines);
        if (lines.Count > 0)
        {
            LexiconSchema.Check(loaded, errors);
        }

        return loaded;
    }

    private static List<string> Phrases(MappingReader reader, string name, YamlNode node)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            reader.Error(node, $"'{name}' must be a non-empty list of phrases");
            return [];
        }

        return [.. list.Children.Select(item => reader.Scalar(item, name)).OfType<string>()];
    }
}
