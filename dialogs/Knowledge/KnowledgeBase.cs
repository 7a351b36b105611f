using RecoveryBot.Dialogs.Knowledge.Loading;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// All of the bot's advice and wording, loaded from the knowledge folder and validated as a whole.
/// Immutable once loaded; safe to share between conversations.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly IReadOnlyDictionary<Language, TextCatalog> strings;
    private readonly IReadOnlyDictionary<Language, Lexicon> lexicons;

    internal KnowledgeBase(
        IReadOnlyDictionary<string, Fact> facts,
        IReadOnlyDictionary<string, Step> steps,
        IReadOnlyList<DecisionRule> rules,
        IReadOnlyList<Tip> tips,
        IReadOnlyList<WrongClaim> wrongClaims,
        IReadOnlyDictionary<Language, TextCatalog> strings,
        IReadOnlyDictionary<Language, Lexicon> lexicons,
        AdviceData advice)
    {
        Facts = facts;
        Steps = steps;
        Rules = rules;
        Tips = tips;
        WrongClaims = wrongClaims;
        this.strings = strings;
        this.lexicons = lexicons;
        Fees = advice.Fees;
        Deadlines = advice.Deadlines;
        Evidence = advice.Evidence;
        Risks = advice.Risks;
        Documents = advice.Documents;
    }

    public IReadOnlyDictionary<string, Fact> Facts { get; }

    public IReadOnlyDictionary<string, Step> Steps { get; }

    public IReadOnlyList<DecisionRule> Rules { get; }

    public IReadOnlyList<Tip> Tips { get; }

    public IReadOnlyList<WrongClaim> WrongClaims { get; }

    /// <summary>Court fee schedules and security ratios (knowledge/fees.yaml).</summary>
    public CourtFees Fees { get; }

    /// <summary>Time limits computed for a situation (knowledge/deadlines.yaml), in file order.</summary>
    public IReadOnlyList<Deadline> Deadlines { get; }

    /// <summary>Evidence checklist items (knowledge/evidence.yaml), in file order.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; }

    /// <summary>Risky statements the bot interrupts for (knowledge/risks.yaml), in file order.</summary>
    public IReadOnlyList<Risk> Risks { get; }

    /// <summary>Document templates by id (knowledge/documents/).</summary>
    public IReadOnlyDictionary<string, DocumentTemplate> Documents { get; }

    /// <summary>
    /// Loads and validates the folder. Throws <see cref="KnowledgeValidationException"/> listing every
    /// problem, each with its file and line.
    /// </summary>
    public static KnowledgeBase Load(string directory) => KnowledgeLoader.Load(directory);

    /// <summary>
    /// Loads and validates the folder like <see cref="Load"/>, except that the audit for known wrong
    /// claims (the slowest check: every sentence against every pattern) runs in the background;
    /// <paramref name="wrongClaimAudit"/> completes with its errors, empty when the texts are clean. For a
    /// server's start-up, which must stop (or not become ready) if the audit fails.
    /// </summary>
    public static KnowledgeBase LoadWithBackgroundAudit(string directory, out Task<IReadOnlyList<KnowledgeError>> wrongClaimAudit)
    {
        Task<IReadOnlyList<KnowledgeError>>? audit = null;
        var knowledge = KnowledgeLoader.Load(directory, started => audit = started);
        wrongClaimAudit = audit!;
        return knowledge;
    }

    public TextCatalog Strings(Language language) => strings[language];

    public Lexicon Lexicon(Language language) => lexicons[language];

    /// <summary>The plan's rule; a null kind, reason or window is one the user could not tell.</summary>
    public DecisionRule MatchRule(PaymentKind? kind, RecipientAction action, Reason? reason, TimeWindow? window) =>
        Rules.FirstOrDefault(rule => rule.Matches(kind, action, reason, window))
        ?? throw new InvalidOperationException($"No rule covers {kind} × {action} × {reason} × {window}.");

    public IReadOnlyList<Tip> TipsFor(PaymentKind kind) => [.. Tips.Where(tip => tip.AppliesTo(kind))];

    /// <summary>The wrong claims <paramref name="text"/> repeats; empty when it is clean.</summary>
    public IReadOnlyList<WrongClaimMatch> FindWrongClaims(string text) => WrongClaim.Scan(WrongClaims, text);
}

/// <summary>The knowledge of issue 5 (fees, deadlines, evidence, risks, documents), loaded together.</summary>
internal sealed record AdviceData(
    CourtFees Fees,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<Risk> Risks,
    IReadOnlyDictionary<string, DocumentTemplate> Documents);
