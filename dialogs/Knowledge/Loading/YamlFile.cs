using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Parses one knowledge file into YAML nodes, each of which knows its line.</summary>
internal static class YamlFile
{
    /// <summary>The root node, or null (with an error recorded) when the file is missing or not YAML.</summary>
    public static YamlNode? Read(string directory, string relativePath, KnowledgeErrors errors)
    {
        var path = Path.Combine(directory, relativePath);
        if (!File.Exists(path))
        {
            errors.Add(relativePath, 0, "file is missing");
            return null;
        }

        using var reader = new StreamReader(path);
        var scanner = new Scanner(reader);
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            if (stream.Documents.Count == 0)
            {
                errors.Add(relativePath, 0, "file is empty");
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                errors.Add(relativePath, KnowledgeErrors.LineOf(stream.Documents[1].RootNode), "only one YAML document per file is allowed");
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            errors.Add(relativePath, checked((int)e.Start.Line), "not valid YAML: " + (e.InnerException?.Message ?? e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // The scanner sometimes fails without a position of its own; where it stopped is the best line.
            errors.Add(relativePath, checked((int)scanner.CurrentPosition.Line), "not valid YAML near here (check brackets, quotes and indentation)");
            return null;
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode => "a single value",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a map",
        _ => "an alias",
    };
}
