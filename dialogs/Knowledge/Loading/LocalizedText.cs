using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Reads maps keyed by locale ("zh-CN", "en-US") and insists on exactly the bot's languages.</summary>
internal static class LocalizedText
{
    public static IReadOnlyList<Language> Languages { get; } = Enum.GetValues<Language>();

    /// <summary>The value node of each locale; missing and unknown locales are errors.</summary>
    public static IReadOnlyDictionary<Language, YamlNode> Nodes(MappingReader reader)
    {
        var nodes = new Dictionary<Language, YamlNode>();
        foreach (var (tag, keyNode, value) in reader.Entries())
        {
            if (WireNames.TryParseLanguage(tag, out var language))
            {
                nodes[language] = value;
            }
            else
            {
                reader.Error(keyNode, $"unknown locale '{tag}' (use {string.Join(" and ", Languages.Select(l => l.Tag()))})");
            }
        }

        foreach (var language in Languages.Where(l => !nodes.ContainsKey(l)))
        {
            reader.Error($"missing locale '{language.Tag()}'");
        }

        return nodes;
    }
}
