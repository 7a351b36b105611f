using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Loads knowledge/steps/&lt;id&gt;.yaml, one step per file.</summary>
internal static partial class StepsLoader
{
    public const string Folder = "steps";

    public static IReadOnlyDictionary<string, Step> Load(
        string directory,
        IReadOnlyDictionary<string, Fact>? facts,
        KnowledgeErrors errors,
        List<UserText> userTexts,
        List<Reference> documentReferences)
    {
        var steps = new Dictionary<string, Step>(StringComparer.Ordinal);
        var folder = Path.Combine(directory, Folder);
        if (!Directory.Exists(folder))
        {
            errors.Add(Folder + "/", 0, "folder is missing");
            return steps;
        }

        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var file = Folder + "/" + Path.GetFileName(path);
            if (!path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                errors.Add(file, 0, "only <step-id>.yaml files belong in steps/");
                continue;
            }

            if (YamlFile.Read(directory, file, errors) is { } root
                && MappingReader.From(root, file, errors, "") is { } reader
                && Read(reader, Path.GetFileNameWithoutExtension(path), facts, userTexts, documentReferences) is { } step)
            {
                steps[step.Id] = step;
            }
        }

        return steps;
    }

    private static Step? Read(MappingReader reader, string fileId, IReadOnlyDictionary<string, Fact>? facts, List<UserText> userTexts, List<Reference> documentReferences)
    {
        var id = reader.Text("id");
        if (id is not null && id != fileId)
        {
            reader.Error(reader.Field("id", false)!, $"id '{id}' must match the file name '{fileId}.yaml'");
        }
        else if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Error($"step id '{id}' must be lower-case words joined by hyphens");
        }

        var confidence = reader.Confidence();
        var factIds = FactReferences.Read(reader, facts);
        FactReferences.CheckConfidence(reader, confidence, factIds, facts);
        var due = reader.Map("due", required: false) is { } dueReader ? ReadDue(dueReader) : null;
        var outcome = ReadOutcome(reader);
        var documents = new List<string>();
        foreach (var (documentId, node) in reader.TextList("documents", required: false))
        {
            documents.Add(documentId);
            documentReferences.Add(new Reference(reader.File, KnowledgeErrors.LineOf(node), documentId));
        }

        var shows = new List<StepShows>();
        foreach (var (name, node) in reader.TextList("shows", required: false))
        {
            if (WireNames.TryParse<StepShows>(name, out var block))
            {
                shows.Add(block);
            }
            else
            {
                reader.Error(node, $"unknown block '{name}' in 'shows' (use {string.Join(", ", WireNames.AllOf<StepShows>())})");
            }
        }

        var defaults = new Dictionary<Language, StepTextFields>();
        if (reader.Map("text", required: true) is { } textReader)
        {
            foreach (var (language, node) in LocalizedText.Nodes(textReader))
            {
                if (textReader.ChildOrNull(node, language.Tag()) is { } localeReader)
                {
                    defaults[language] = StepTextFields.Read(localeReader, complete: true);
                    if (confidence is < Confidence.High && !defaults[language].Fields.ContainsKey(StepTextFields.Caveat))
                    {
                        localeReader.Error($"a step with confidence below high needs a 'caveat' saying what is not verified");
                    }
                }
            }
        }

        var variants = new Dictionary<PaymentKind, IReadOnlyDictionary<Language, StepText>>();
        var reasonVariants = new Dictionary<Reason, IReadOnlyDictionary<Language, StepText>>();
        var variantTexts = new List<StepTextFields>();
        if (reader.Map("variants", required: false) is { } variantsReader)
        {
            foreach (var (name, keyNode, node) in variantsReader.Entries())
            {
                var isKind = WireNames.TryParse<PaymentKind>(name, out var kind);
                var isReason = WireNames.TryParse<Reason>(name, out var reason);
                if (!isKind && !isReason)
                {
                    variantsReader.Error(keyNode, $"unknown payment kind '{name}' (a variant is for a kind or a reason: {string.Join(", ", WireNames.AllOf<PaymentKind>().Concat(WireNames.AllOf<Reason>()))})");
                    continue;
                }

                if (variantsReader.ChildOrNull(node, name) is { } variantReader)
                {
                    var written = ReadVariant(variantReader);
                    var merged = written.ToDictionary(
                        pair => pair.Key,
                        pair => defaults.TryGetValue(pair.Key, out var fallback) ? pair.Value.Over(fallback) : pair.Value);
                    StepPlaceholders.Check(reader, "variants." + name, merged);
                    Collect(userTexts, reader.File, $"step '{id}' variant {name}", written);
                    variantTexts.AddRange(written.Values);
                    if (isKind)
                    {
                        variants[kind] = StepTextFields.ToStepTexts(merged);
                    }
                    else
                    {
                        reasonVariants[reason] = StepTextFields.ToStepTexts(merged);
                    }
                }
            }
        }

        reader.RejectUnknownFields();
        StepPlaceholders.Check(reader, "text", defaults);
        if (due is null && !reader.Has("due") && UsesDue(defaults.Values.Concat(variantTexts)))
        {
            reader.Error("the text uses {due} but the step has no 'due'");
        }

        Collect(userTexts, reader.File, $"step '{id}'", defaults);

        var texts = StepTextFields.ToStepTexts(defaults);
        var complete = texts.Count == LocalizedText.Languages.Count
            && variants.Values.Concat(reasonVariants.Values).All(v => v.Count == LocalizedText.Languages.Count);
        return id is null || confidence is null || !complete
            ? null
            : new Step(id, confidence.Value, factIds, due, texts, variants)
            {
                ReasonVariants = reasonVariants,
                Outcome = outcome,
                Documents = documents,
                Shows = shows,
            };
    }

    private static StepOutcomeKind ReadOutcome(MappingReader reader)
    {
        if (reader.Field("outcome", required: false) is not { } node || reader.Scalar(node, "outcome") is not { } text)
        {
            return StepOutcomeKind.Recovery;
        }

        if (WireNames.TryParse<StepOutcomeKind>(text, out var outcome))
        {
            return outcome;
        }

        reader.Error(node, $"'outcome' must be {string.Join(" or ", WireNames.AllOf<StepOutcomeKind>())}, found '{text}'");
        return StepOutcomeKind.Recovery;
    }

    private static bool UsesDue(IEnumerable<StepTextFields> texts) =>
        texts.Any(t => t.Fields.Values.Any(f => Placeholders.Find(f.Value).Contains("due")));

    private static Dictionary<Language, StepTextFields> ReadVariant(MappingReader reader)
    {
        var written = new Dictionary<Language, StepTextFields>();
        foreach (var (language, node) in LocalizedText.Nodes(reader))
        {
            if (reader.ChildOrNull(node, language.Tag()) is { } localeReader)
            {
                written[language] = StepTextFields.Read(localeReader, complete: false);
            }
        }

        // Both languages must override the same fields, or one language would silently fall back to
        // the default wording while the other says something specific.
        var fieldSets = written.Values.Select(f => string.Join(", ", f.Fields.Keys.Order(StringComparer.Ordinal))).Distinct().ToList();
        if (fieldSets.Count > 1)
        {
            reader.Error("both locales of a variant must set the same fields (" + string.Join(" vs ", fieldSets.Select(s => "[" + s + "]")) + ")");
        }

        return written;
    }

    private static StepDue? ReadDue(MappingReader reader)
    {
        var fromText = reader.Text("from");
        DueAnchor? from = fromText switch
        {
            null => null,
            "sentAt" => DueAnchor.SentAt,
            "now" => DueAnchor.Now,
            _ => null,
        };
        if (fromText is not null && from is null)
        {
            reader.Error($"'from' must be sentAt or now, found '{fromText}'");
        }

        var after = KnowledgeDuration.Zero;
        if (reader.Field("after", required: from == DueAnchor.SentAt) is { } afterNode && reader.Scalar(afterNode, "after") is { } afterText
            && !KnowledgeDuration.TryParse(afterText, out after))
        {
            reader.Error(afterNode, $"'after' must be a duration such as 30m, 24h, 90d or 3y, found '{afterText}'");
        }

        reader.RejectUnknownFields();
        return from is null ? null : new StepDue(from.Value, after);
    }

    private static void Collect(List<UserText> userTexts, string file, string where, IReadOnlyDictionary<Language, StepTextFields> byLanguage)
    {
        foreach (var (language, fields) in byLanguage)
        {
            foreach (var (name, field) in fields.Fields)
            {
                userTexts.Add(new UserText(file, field.Line, $"{where} {language.Tag()} {name}", field.Value));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
