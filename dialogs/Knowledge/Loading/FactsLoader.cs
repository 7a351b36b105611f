using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Loads knowledge/facts.yaml: a list of facts with their sources and confidence.</summary>
internal static partial class FactsLoader
{
    public const string FileName = "facts.yaml";

    /// <summary>The facts by id; null when the file cannot be read at all, so references go unchecked.</summary>
    public static IReadOnlyDictionary<string, Fact>? Load(string directory, IReadOnlyList<SourceLinkRule> links, KnowledgeErrors errors, List<UserText> userTexts)
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
            if (MappingReader.From(item, FileName, errors, "fact") is { } reader && Read(reader, links, userTexts) is { } fact)
            {
                if (!facts.TryAdd(fact.Id, fact))
                {
                    reader.Error($"fact '{fact.Id}' is defined twice");
                }
            }
        }

        return facts;
    }

    private static Fact? Read(MappingReader reader, IReadOnlyList<SourceLinkRule> links, List<UserText> userTexts)
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
                if (reader.ChildOrNull(item, "sources") is { } sourceReader && ReadSource(sourceReader, links) is { } source)
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

    private static Source? ReadSource(MappingReader reader, IReadOnlyList<SourceLinkRule> links)
    {
        var title = reader.Text("title");
        var kind = ReadKind(reader);
        var names = ReadNames(reader);
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
        if (title is null || kind is null)
        {
            return null;
        }

        var linkable = url is not null && links.Any(rule => rule.Allows(url));
        CheckLinkPolicy(reader, kind.Value, url, linkable, names);
        return new Source(title, url, kind.Value) { Names = names, Linkable = linkable && kind.Value.IsOfficial() };
    }

    private static SourceKind? ReadKind(MappingReader reader)
    {
        if (reader.Text("kind") is not { } text)
        {
            return null;
        }

        if (WireNames.TryParse<SourceKind>(text, out var kind))
        {
            return kind;
        }

        reader.Error(reader.Field("kind", false)!, $"unknown source kind '{text}' (use {string.Join(", ", WireNames.AllOf<SourceKind>())})");
        return null;
    }

    private static Dictionary<Language, string> ReadNames(MappingReader reader)
    {
        var names = new Dictionary<Language, string>();
        if (reader.Map("name", required: false) is { } nameReader)
        {
            foreach (var (language, node) in LocalizedText.Nodes(nameReader))
            {
                if (nameReader.Scalar(node, language.Tag()) is { } name)
                {
                    names[language] = name;
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Section L both ways: an official kind must sit at an address source-links.yaml allows (or have none), and a
    /// source that is not official must not, so a forum post on an official host is never linked by mistake. A link
    /// needs a name in every language, since the user sees the name, not the address.
    /// </summary>
    private static void CheckLinkPolicy(MappingReader reader, SourceKind kind, Uri? url, bool linkable, Dictionary<Language, string> names)
    {
        if (url is null)
        {
            return;
        }

        if (kind.IsOfficial() && !linkable)
        {
            reader.Error($"'{url.Host}' is not in {SourceLinksLoader.FileName}: a {WireNames.Of(kind)} source must be at an official address, or be another kind");
        }
        else if (!kind.IsOfficial() && linkable)
        {
            reader.Error($"'{url}' is an address users may follow, so a {WireNames.Of(kind)} source cannot sit there; give it an official kind or add an 'except' in {SourceLinksLoader.FileName}");
        }
        else if (linkable && names.Count != LocalizedText.Languages.Count)
        {
            reader.Error($"a source shown as a link needs a 'name' in every language ({string.Join(", ", LocalizedText.Languages.Select(l => l.Tag()))})");
        }
    }

    [GeneratedRegex("^[A-Z][0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
