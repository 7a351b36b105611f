using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Loads knowledge/source-links.yaml: the addresses a user may be shown as links (wechat-facts.md section L).</summary>
internal static class SourceLinksLoader
{
    public const string FileName = "source-links.yaml";

    public static IReadOnlyList<SourceLinkRule> Load(string directory, KnowledgeErrors errors)
    {
        var rules = new List<SourceLinkRule>();
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return rules;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(FileName, root, "expected a list of {host, path, except, why}");
            return rules;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(item, FileName, errors, "link rule") is not { } reader)
            {
                continue;
            }

            var host = reader.Text("host");
            var path = reader.Text("path", required: false);
            var except = reader.TextList("except", required: false).Select(e => e.Value).ToList();
            _ = reader.Text("why");
            reader.RejectUnknownFields();
            if (host is null)
            {
                continue;
            }

            if (host.Contains('/', StringComparison.Ordinal) || host.Contains(':', StringComparison.Ordinal))
            {
                reader.Error($"host '{host}' must be a bare host name; put the path in 'path'");
            }
            else if (path is not null && !path.StartsWith('/'))
            {
                reader.Error($"path '{path}' must start with '/'");
            }
            else
            {
                rules.Add(new SourceLinkRule(host, path, except));
            }
        }

        return rules;
    }
}
