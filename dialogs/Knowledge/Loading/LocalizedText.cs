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

    /// <summary>
    /// A required map of one text per locale (<c>text: {zh-CN: …, en-US: …}</c>) that takes no placeholders;
    /// each text is kept for the wrong-claim audit. Null when a locale is missing or empty.
    /// </summary>
    public static IReadOnlyDictionary<Language, string>? ReadTexts(MappingReader reader, string field, string where, List<UserText> userTexts)
    {
        if (reader.Map(field, required: true) is not { } textReader)
        {
            return null;
        }

        var texts = new Dictionary<Language, string>();
        foreach (var (language, node) in Nodes(textReader))
        {
            if (textReader.Scalar(node, language.Tag()) is not { } text)
            {
                continue;
            }

            if (Placeholders.Find(text).Count > 0)
            {
                textReader.Error(node, $"'{field}' takes no placeholders");
            }

            texts[language] = text;
            userTexts.Add(new UserText(reader.File, KnowledgeErrors.LineOf(node), $"{where} {language.Tag()}", text));
        }

        return texts.Count == Languages.Count ? texts : null;
    }

    /// <summary>
    /// A required map of phrase lists per locale (<c>says: {zh-CN: [...], en-US: [...]}</c>): the words by
    /// which a user names something. Null when a locale is missing or empty.
    /// </summary>
    public static IReadOnlyDictionary<Language, IReadOnlyList<string>>? ReadPhrases(MappingReader reader, string field)
    {
        if (reader.Map(field, required: true) is not { } phrasesReader)
        {
            return null;
        }

        var phrases = new Dictionary<Language, IReadOnlyList<string>>();
        foreach (var (language, node) in Nodes(phrasesReader))
        {
            if (node is not YamlSequenceNode list || list.Children.Count == 0)
            {
                phrasesReader.Error(node, $"'{language.Tag()}' must be a non-empty list of phrases");
                continue;
            }

            phrases[language] = [.. list.Children.Select(item => phrasesReader.Scalar(item, language.Tag())).OfType<string>()];
        }

        return phrases.Count == Languages.Count ? phrases : null;
    }

    /// <summary>
    /// An optional map of phrase families per locale (<c>saysTogether: {zh-CN: [[...], [...]], en-US: …}</c>):
    /// each family is a list of word lists, and a message matches the family when it holds a phrase of every
    /// list. Empty when the field is absent; null when it is present but broken.
    /// </summary>
    public static IReadOnlyDictionary<Language, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>>? ReadPhraseFamilies(MappingReader reader, string field)
    {
        if (!reader.Has(field))
        {
            return Languages.ToDictionary(l => l, _ => (IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>)[]);
        }

        if (reader.Map(field, required: true) is not { } familiesReader)
        {
            return null;
        }

        var families = new Dictionary<Language, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>>();
        foreach (var (language, node) in Nodes(familiesReader))
        {
            if (node is not YamlSequenceNode familyList || familyList.Children.Count == 0)
            {
                familiesReader.Error(node, $"'{language.Tag()}' must be a non-empty list of families (each a list of word lists)");
                continue;
            }

            var read = new List<IReadOnlyList<IReadOnlyList<string>>>();
            foreach (var family in familyList.Children)
            {
                if (family is not YamlSequenceNode parts || parts.Children.Count < 2 || parts.Children.Any(p => p is not YamlSequenceNode { Children.Count: > 0 }))
                {
                    familiesReader.Error(family, $"'{language.Tag()}': a family is a list of at least two non-empty word lists");
                    continue;
                }

                read.Add([.. parts.Children.Cast<YamlSequenceNode>().Select(part => (IReadOnlyList<string>)[.. part.Children.Select(item => familiesReader.Scalar(item, language.Tag())).OfType<string>()])]);
            }

            families[language] = read;
        }

        return families.Count == Languages.Count ? families : null;
    }
}
