using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Loads knowledge/facts.yaml: a list of facts with their sources and confidence.</summary>
internal static partial class FactsLoader
{
    public const string FileName = "facts.yaml";

    /// <summary>The facts by id; null when the file cannot be read at all, so references go unchecked.</summary>
    public static IReadOnlyDictionary<string, Fact>? Load(string directory, KnowledgeErrors errors, List<UserText> userTexts)
    {
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return null;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(FileName, root, "expected a list of facts");
            return null;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(item, FileName, errors, "fact") is { } reader && Read(reader, userTexts) is { } fact)
            {
                if (!facts.TryAdd(fact.Id, fact))
                {
                    reader.Error($"fact '{fact.Id}' is defined twice");
                }
            }
        }

        return facts;
    }

    private static Fact? Read(MappingReader reader, List<UserText> userTexts)
    {
        var id = reader.Text("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Error($"fact id '{id}' must look like the ids of wechat-facts.md (a capital letter and a number, e.g. B2)");
        }

        var summary = reader.Text("summary");
        var confidence = reader.Confidence();
        var sources = new List<Source>();
        if (reader.Sequence("sources", required: true) is { } sourceList)
        {
            foreach (var item in sourceList.Children)
            {
                if (reader.ChildOrNull(item, "sources") is { } sourceReader && ReadSource(sourceReader) is { } source)
                {
                    sources.Add(source);
                }
            }
        }

        var texts = LocalizedText.ReadTexts(reader, "text", $"fact '{id}'", userTexts);
        reader.RejectUnknownFields();
        return id is null || summary is null || confidence is null || texts is null
            ? null
            : new Fact(id, summary, confidence.Value, sources, texts);
    }

    private static Source? ReadSource(MappingReader reader)
    {
        var title = reader.Text("title");
        Uri? url = null;
        if (reader.Field("url", required: false) is { } urlNode && reader.Scalar(urlNode, "url") is { } text)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                reader.Error(urlNode, $"'{text}' is not an http(s) address");
                url = null;
            }
            else if (SourcePolicy.ContentFarmIn(url) is { } farm)
            {
                reader.Error(urlNode, $"'{farm}' is a content farm (wechat-facts.md); cite a better source");
            }
        }

        reader.RejectUnknownFields();
        return title is null ? null : new Source(title, url);
    }

    [GeneratedRegex("^[A-Z][0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
