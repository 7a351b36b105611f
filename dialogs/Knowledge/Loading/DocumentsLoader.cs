using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Loads knowledge/documents/&lt;id&gt;.yaml: document templates per locale, their blanks (what only the
/// user knows) and the situations they fit. A body may use the computed placeholders and its own blanks,
/// nothing else; both locales use the same ones, and every blank appears in the body.
/// </summary>
internal static partial class DocumentsLoader
{
    public const string Folder = "documents";

    public static IReadOnlyDictionary<string, DocumentTemplate> Load(string directory, IReadOnlyDictionary<string, Fact>? facts, KnowledgeErrors errors, List<UserText> userTexts)
    {
        var documents = new Dictionary<string, DocumentTemplate>(StringComparer.Ordinal);
        var folder = Path.Combine(directory, Folder);
        if (!Directory.Exists(folder))
        {
            errors.Add(Folder + "/", 0, "folder is missing");
            return documents;
        }

        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var file = Folder + "/" + Path.GetFileName(path);
            if (!path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                errors.Add(file, 0, "only <document-id>.yaml files belong in documents/");
                continue;
            }

            if (YamlFile.Read(directory, file, errors) is { } root
                && MappingReader.From(root, file, errors, "") is { } reader
                && Read(reader, Path.GetFileNameWithoutExtension(path), facts, userTexts) is { } document)
            {
                documents[document.Id] = document;
            }
        }

        return documents;
    }

    private static DocumentTemplate? Read(MappingReader reader, string fileId, IReadOnlyDictionary<string, Fact>? facts, List<UserText> userTexts)
    {
        var id = reader.Text("id");
        if (id is not null && id != fileId)
        {
            reader.Error(reader.Field("id", false)!, $"id '{id}' must match the file name '{fileId}.yaml'");
        }

        var provenance = ProvenanceReader.Read(reader, facts);
        var when = ConditionReader.Read(reader);
        var phrases = LocalizedText.ReadPhrases(reader, "says");
        var blanks = ReadBlanks(reader, id, userTexts);
        var texts = new Dictionary<Language, DocumentText>();
        var bodyLines = new Dictionary<Language, int>();
        if (reader.Map("text", required: true) is { } textReader)
        {
            foreach (var (language, node) in LocalizedText.Nodes(textReader))
            {
                if (textReader.ChildOrNull(node, language.Tag()) is { } localeReader
                    && ReadText(localeReader, id, language, provenance, blanks.GetValueOrDefault(language) ?? new Dictionary<string, DocumentBlank>(), userTexts) is { } text)
                {
                    texts[language] = text;
                    bodyLines[language] = KnowledgeErrors.LineOf(localeReader.Field("body", false)!);
                }
            }
        }

        CheckPlaceholders(reader, texts, bodyLines);
        reader.RejectUnknownFields();
        return id is null || provenance is null || phrases is null || texts.Count < LocalizedText.Languages.Count
            ? null
            : new DocumentTemplate(id, provenance, when, texts, phrases);
    }

    private static Dictionary<Language, Dictionary<string, DocumentBlank>> ReadBlanks(MappingReader reader, string? id, List<UserText> userTexts)
    {
        var blanks = LocalizedText.Languages.ToDictionary(l => l, _ => new Dictionary<string, DocumentBlank>(StringComparer.Ordinal));
        if (reader.Map("blanks", required: false) is not { } blanksReader)
        {
            return blanks;
        }

        foreach (var (name, keyNode, node) in blanksReader.Entries())
        {
            if (!BlankName().IsMatch(name) || Placeholders.DocumentNames.Contains(name))
            {
                blanksReader.Error(keyNode, $"blank '{name}' needs a camelCase name that is not a computed placeholder ({Placeholders.Describe(Placeholders.DocumentNames)})");
                continue;
            }

            if (blanksReader.ChildOrNull(node, name) is not { } blankReader)
            {
                continue;
            }

            var hasHint = new HashSet<bool>();
            foreach (var (language, localeNode) in LocalizedText.Nodes(blankReader))
            {
                if (blankReader.ChildOrNull(localeNode, language.Tag()) is not { } localeReader)
                {
                    continue;
                }

                var mark = localeReader.Text("mark");
                var hint = localeReader.Text("hint", required: false);
                localeReader.RejectUnknownFields();
                hasHint.Add(hint is not null);
                if (mark is null)
                {
                    continue;
                }

                if (Placeholders.Find(mark + " " + hint).Count > 0)
                {
                    localeReader.Error("a blank's mark and hint take no placeholders");
                }

                blanks[language][name] = new DocumentBlank(mark, hint);
                userTexts.Add(new UserText(reader.File, localeReader.Line, $"document '{id}' blank {name} {language.Tag()}", mark + (hint is null ? "" : "\n" + hint)));
            }

            if (hasHint.Count > 1)
            {
                blankReader.Error("either both locales give a 'hint' or neither");
            }
        }

        return blanks;
    }

    private static DocumentText? ReadText(
        MappingReader reader,
        string? id,
        Language language,
        Provenance? provenance,
        Dictionary<string, DocumentBlank> blanks,
        List<UserText> userTexts)
    {
        var title = reader.Text("title");
        var fileName = reader.Text("file");
        var caveat = reader.Text("caveat", required: false);
        var body = reader.Text("body");
        reader.RejectUnknownFields();

        if (fileName is not null && (!fileName.EndsWith(".txt", StringComparison.Ordinal) || fileName.IndexOfAny(['/', '\\', ':']) >= 0))
        {
            reader.Error(reader.Field("file", false)!, $"'file' must be a plain file name ending in .txt, found '{fileName}'");
        }

        if (provenance is { Confidence: < Confidence.High } && caveat is null)
        {
            reader.Error("a document with confidence below high needs a 'caveat' saying what is not verified");
        }

        foreach (var (name, value) in new[] { ("title", title), ("caveat", caveat), ("body", body) })
        {
            if (value is not null)
            {
                userTexts.Add(new UserText(reader.File, KnowledgeErrors.LineOf(reader.Field(name, false)!), $"document '{id}' {language.Tag()} {name}", value));
            }
        }

        if (body is not null)
        {
            var used = Placeholders.Find(body);
            var unknown = used.Where(p => !Placeholders.DocumentNames.Contains(p) && !blanks.ContainsKey(p)).ToHashSet(StringComparer.Ordinal);
            if (unknown.Count > 0)
            {
                reader.Error(reader.Field("body", false)!, $"placeholder {Placeholders.Describe(unknown)} is neither computed ({Placeholders.Describe(Placeholders.DocumentNames)}) nor a blank of this document");
            }

            foreach (var unused in blanks.Keys.Where(b => !used.Contains(b)).Order(StringComparer.Ordinal))
            {
                reader.Error(reader.Field("body", false)!, $"blank '{unused}' is never used in the body");
            }

            if (Placeholders.Find(title + " " + caveat).Count > 0)
            {
                reader.Error("'title' and 'caveat' take no placeholders");
            }
        }

        return title is null || fileName is null || body is null ? null : new DocumentText(title, fileName, body, caveat, blanks);
    }

    private static void CheckPlaceholders(MappingReader reader, IReadOnlyDictionary<Language, DocumentText> texts, IReadOnlyDictionary<Language, int> lines)
    {
        var sets = texts.ToDictionary(t => t.Key, t => Placeholders.Describe(Placeholders.Find(t.Value.Body)));
        if (sets.Values.Distinct().Count() > 1)
        {
            var detail = string.Join("; ", sets.Select(s => $"{s.Key.Tag()} has {s.Value}"));
            reader.ErrorAt(lines.Values.Max(), $"text.body: the locales use different placeholders ({detail})");
        }
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlankName();
}
