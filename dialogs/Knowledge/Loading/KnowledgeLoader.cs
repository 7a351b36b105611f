using RecoveryBot.Dialogs.Knowledge.Validation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Reads every file of the knowledge folder, then runs the checks that span files.</summary>
internal static class KnowledgeLoader
{
    private static readonly string[] TopLevelFiles =
    [
        FactsLoader.FileName, SourceLinksLoader.FileName, RulesLoader.FileName, TipsLoader.FileName, WrongClaimsLoader.FileName,
        FeesLoader.FileName, DeadlinesLoader.FileName, EvidenceLoader.FileName, RisksLoader.FileName,
        .. LocalizedText.Languages.Select(StringsLoader.FileName),
        .. LocalizedText.Languages.Select(LexiconLoader.FileName),
    ];

    /// <param name="deferredAudit">
    /// Null: the wrong-claim audit runs now, like every other check. Otherwise it runs on the thread pool
    /// and this receives its errors (empty when the texts are clean), so a server can start answering while
    /// it finishes.
    /// </param>
    public static KnowledgeBase Load(string directory, Action<Task<IReadOnlyList<KnowledgeError>>>? deferredAudit = null)
    {
        var errors = new KnowledgeErrors();
        if (!Directory.Exists(directory))
        {
            throw new KnowledgeValidationException([new KnowledgeError(directory, 0, "knowledge folder not found")]);
        }

        CheckForStrayFiles(directory, errors);
        var userTexts = new List<UserText>();
        var examples = new List<ClaimExample>();

        var links = SourceLinksLoader.Load(directory, errors);
        var facts = FactsLoader.Load(directory, links, errors, userTexts);
        var documentReferences = new List<Reference>();
        var steps = StepsLoader.Load(directory, facts, errors, userTexts, documentReferences);
        var errorsBeforeRules = errors.All.Count;
        var rules = RulesLoader.Load(directory, steps, errors);
        var rulesAreReadable = errors.All.Count == errorsBeforeRules;
        var tips = TipsLoader.Load(directory, facts, errors, userTexts);
        var claims = WrongClaimsLoader.Load(directory, facts, errors, examples);
        var strings = LocalizedText.Languages.Select(l => StringsLoader.Load(directory, l, facts, errors, userTexts)).ToList();
        var lexicons = LocalizedText.Languages.Select(l => LexiconLoader.Load(directory, l, errors)).ToList();
        var fees = FeesLoader.Load(directory, facts, errors);
        var deadlines = DeadlinesLoader.Load(directory, facts, errors, userTexts);
        var evidence = EvidenceLoader.Load(directory, facts, errors, userTexts);
        var risks = RisksLoader.Load(directory, facts, errors, userTexts);
        var documents = DocumentsLoader.Load(directory, facts, errors, userTexts);
        foreach (var reference in documentReferences.Where(r => !documents.ContainsKey(r.Id)))
        {
            errors.Add(reference.File, reference.Line, $"unknown document '{reference.Id}' (no {DocumentsLoader.Folder}/{reference.Id}.yaml)");
        }

        // A misspelt kind or step in one rule would make coverage and safety report a cascade of
        // follow-on errors; those checks run once the rules themselves read cleanly.
        if (rulesAreReadable)
        {
            RuleCoverageValidator.Check(rules, errors);
            PlanSafetyValidator.Check(rules, errors);
        }

        if (deferredAudit is null)
        {
            WrongClaimAudit.Check(claims, userTexts, examples, errors);
        }
        else
        {
            deferredAudit(Task.Run(() =>
            {
                var auditErrors = new KnowledgeErrors();
                WrongClaimAudit.Check(claims, userTexts, examples, auditErrors);
                return auditErrors.All;
            }));
        }

        LocaleParityValidator.CheckStrings(strings, errors);
        LocaleParityValidator.CheckLexicons(lexicons, errors);

        if (errors.Any)
        {
            throw new KnowledgeValidationException(errors.All);
        }

        return new KnowledgeBase(
            facts!,
            steps,
            [.. rules.Select(r => r.Rule)],
            tips,
            claims,
            LocalizedText.Languages.Zip(strings).ToDictionary(p => p.First, p => new TextCatalog(p.First, p.Second.Entries)),
            lexicons.ToDictionary(l => l.Lexicon.Language, l => l.Lexicon),
            new AdviceData(fees!, deadlines, evidence, risks, documents));
    }

    private static void CheckForStrayFiles(string directory, KnowledgeErrors errors)
    {
        // A misspelt file name would otherwise be ignored silently while its content is missed.
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!TopLevelFiles.Contains(name))
            {
                errors.Add(name, 0, $"unexpected file (the knowledge folder holds {string.Join(", ", TopLevelFiles)}, steps/ and documents/)");
            }
        }
    }

    internal static IReadOnlyList<Language> Languages => LocalizedText.Languages;
}
