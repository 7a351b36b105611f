using System.Globalization;
using RecoveryBot.Dialogs.Knowledge.Validation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// The coverage report of a loaded knowledge folder (the <c>knowledge-check</c> command): situations and
/// the rules that decide them, steps by confidence, which facts are cited where and which are not,
/// strings that state facts, fees, deadlines, evidence, risks, and documents with their placeholders.
/// </summary>
public static class KnowledgeReport
{
    public static IReadOnlyList<string> Lines(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var lines = new List<string>();
        Situations(knowledge, lines);
        Steps(knowledge, lines);
        Facts(knowledge, lines);
        Strings(knowledge, lines);
        Fees(knowledge, lines);
        Deadlines(knowledge, lines);
        Evidence(knowledge, lines);
        Risks(knowledge, lines);
        Documents(knowledge, lines);
        lines.Add(string.Empty);
        lines.Add($"Tips: {knowledge.Tips.Count}; wrong claims guarded against: {knowledge.WrongClaims.Count}.");
        return lines;
    }

    /// <summary>Where each fact is cited, by the kind of knowledge that cites it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Citations(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var citations = knowledge.Facts.Keys.ToDictionary(id => id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        void Cite(IEnumerable<string> ids, string by)
        {
            foreach (var id in ids)
            {
                citations[id].Add(by);
            }
        }

        foreach (var step in knowledge.Steps.Values)
        {
            Cite(step.Facts, "steps");
        }

        foreach (var tip in knowledge.Tips)
        {
            Cite(tip.Facts, "tips");
        }

        foreach (var language in Enum.GetValues<Language>())
        {
            var strings = knowledge.Strings(language);
            foreach (var key in strings.Keys)
            {
                Cite(strings.Entry(key).Facts, "strings");
            }
        }

        Cite(knowledge.Fees.AllProvenance.SelectMany(p => p.Facts), "fees");
        Cite(knowledge.Deadlines.SelectMany(d => d.Provenance.Facts), "deadlines");
        Cite(knowledge.Evidence.SelectMany(e => e.Provenance.Facts), "evidence");
        Cite(knowledge.Risks.SelectMany(r => r.Provenance.Facts), "risks");
        Cite(knowledge.Documents.Values.SelectMany(d => d.Provenance.Facts), "documents");
        return citations.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)[.. c.Value], StringComparer.Ordinal);
    }

    private static void Situations(KnowledgeBase knowledge, List<string> lines)
    {
        var counts = knowledge.Rules.ToDictionary(r => r.Id, _ => 0, StringComparer.Ordinal);
        var covered = 0;
        foreach (var situation in Situation.All)
        {
            if (knowledge.Rules.FirstOrDefault(r => r.Matches(situation.Kind, situation.Action, situation.Reason, situation.Window)) is { } rule)
            {
                counts[rule.Id]++;
                covered++;
            }
        }

        lines.Add($"Situations: {covered} of {Situation.All.Count} covered "
            + $"({Enum.GetValues<PaymentKind>().Length} kinds × {Enum.GetValues<RecipientAction>().Length} recipient actions × "
            + $"{Enum.GetValues<Reason>().Length} reasons × {Enum.GetValues<TimeWindow>().Length} windows, and each kind, reason and window also unknown), "
            + $"by {knowledge.Rules.Count} rules:");
        foreach (var rule in knowledge.Rules)
        {
            lines.Add($"  {rule.Id,-34} {counts[rule.Id],3} situations{(rule.Urgent ? ", urgent" : "")}: {string.Join(" → ", rule.StepIds)}");
        }
    }

    private static void Steps(KnowledgeBase knowledge, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add($"Steps: {knowledge.Steps.Count}; by confidence: {ByConfidence(knowledge.Steps.Values.Select(s => s.Confidence))}");
        foreach (var step in knowledge.Steps.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var used = knowledge.Rules.Count(r => r.StepIds.Contains(step.Id));
            var variants = step.Variants.Keys.Select(k => WireNames.Of(k)).Concat(step.ReasonVariants.Keys.Select(r => WireNames.Of(r))).ToList();
            var missingBring = Enum.GetValues<Language>().Any(l => step.TextFor(l).Bring is null) ? ", no 'bring'" : "";
            lines.Add($"  {step.Id,-30} {WireNames.Of(step.Confidence),-11} facts {string.Join(",", step.Facts)}; in {used} rules; "
                + $"{WireNames.Of(step.Outcome)}"
                + (variants.Count > 0 ? $"; variants {string.Join(",", variants)}" : "")
                + (step.Documents.Count > 0 ? $"; documents {string.Join(",", step.Documents)}" : "")
                + (step.Shows.Count > 0 ? $"; shows {string.Join(",", step.Shows.Select(s => WireNames.Of(s)))}" : "")
                + missingBring);
        }
    }

    private static void Facts(KnowledgeBase knowledge, List<string> lines)
    {
        var citations = Citations(knowledge);
        var uncited = citations.Where(c => c.Value.Count == 0).Select(c => c.Key).ToList();
        lines.Add(string.Empty);
        lines.Add($"Facts: {knowledge.Facts.Count}; cited {knowledge.Facts.Count - uncited.Count}, uncited {uncited.Count}"
            + (uncited.Count > 0 ? $" ({string.Join(", ", uncited)})" : "")
            + $"; by confidence: {ByConfidence(knowledge.Facts.Values.Select(f => f.Confidence))}");
        foreach (var fact in knowledge.Facts.Values)
        {
            var by = citations[fact.Id];
            lines.Add($"  {fact.Id,-4} {WireNames.Of(fact.Confidence),-11} {fact.Sources.Count} source(s); cited by {(by.Count == 0 ? "nothing" : string.Join(", ", by))}");
        }
    }

    private static void Strings(KnowledgeBase knowledge, List<string> lines)
    {
        var strings = knowledge.Strings(Language.ZhCn);
        var withFacts = strings.Keys.Where(k => strings.Entry(k).Facts.Count > 0).Order(StringComparer.Ordinal).ToList();
        lines.Add(string.Empty);
        lines.Add($"Strings: {strings.Keys.Count()} keys per locale; {withFacts.Count} state facts or figures:");
        foreach (var key in withFacts)
        {
            var entry = strings.Entry(key);
            lines.Add($"  {key,-28} {WireNames.Of(entry.Confidence ?? Confidence.Low),-11} facts {string.Join(",", entry.Facts)}");
        }
    }

    private static void Fees(KnowledgeBase knowledge, List<string> lines)
    {
        var fees = knowledge.Fees;
        lines.Add(string.Empty);
        lines.Add("Court fees:");
        lines.Add($"  filing fee        {Describe(fees.FilingFee)}");
        lines.Add($"  preservation fee  {Describe(fees.PreservationFee)}");
        foreach (var (name, share) in new[]
        {
            ("simplified procedure", fees.SimplifiedProcedure), ("small claims", fees.SmallClaims),
            ("pre-suit security", fees.PreSuitSecurity), ("in-suit security max", fees.InSuitSecurityMax),
        })
        {
            lines.Add($"  {name,-21} × {share.Value.ToString(CultureInfo.InvariantCulture)}; {Describe(share.Provenance)}");
        }
    }

    private static void Deadlines(KnowledgeBase knowledge, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add($"Deadlines: {knowledge.Deadlines.Count}");
        foreach (var deadline in knowledge.Deadlines)
        {
            lines.Add($"  {deadline.Id,-28} from {(deadline.From == DueAnchor.SentAt ? "sentAt" : "now")} + {deadline.After}; {Describe(deadline.Provenance)}; applies to {Count(deadline.When)} situations");
        }
    }

    private static void Evidence(KnowledgeBase knowledge, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add($"Evidence items: {knowledge.Evidence.Count}; items per kind: "
            + string.Join(", ", Enum.GetValues<PaymentKind>().Select(k => $"{WireNames.Of(k)} {knowledge.Evidence.Count(e => e.When.Alternatives.Count == 0 || e.When.Alternatives.Any(a => a.Kinds.Count == 0 || a.Kinds.Contains(k)))}")));
        foreach (var item in knowledge.Evidence)
        {
            lines.Add($"  {item.Id,-22} {Describe(item.Provenance)}; applies to {Count(item.When)} situations");
        }
    }

    private static void Risks(KnowledgeBase knowledge, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add($"Risks (safety interrupts): {knowledge.Risks.Count}");
        foreach (var risk in knowledge.Risks)
        {
            var families = risk.PhraseFamilies.GetValueOrDefault(Language.ZhCn, []).Count + risk.PhraseFamilies.GetValueOrDefault(Language.EnUs, []).Count;
            lines.Add($"  {risk.Id,-22} {Describe(risk.Provenance)}; phrases zh-CN {risk.Phrases[Language.ZhCn].Count}, en-US {risk.Phrases[Language.EnUs].Count}"
                + (families > 0 ? $"; word families {families}" : string.Empty));
        }
    }

    private static void Documents(KnowledgeBase knowledge, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add($"Documents: {knowledge.Documents.Count}");
        foreach (var document in knowledge.Documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var text = document.Texts[Language.ZhCn];
            var used = Placeholders.InOrder(text.Body);
            var offeredBy = knowledge.Steps.Values.Where(s => s.Documents.Contains(document.Id)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
            lines.Add($"  {document.Id,-26} {Describe(document.Provenance)}; applies to {Count(document.When)} situations; offered by {(offeredBy.Count == 0 ? "no step" : string.Join(", ", offeredBy))}");
            lines.Add($"    computed: {string.Join(", ", used.Where(Placeholders.DocumentNames.Contains))}");
            lines.Add($"    blanks:   {string.Join(", ", used.Where(text.Blanks.ContainsKey))}");
        }
    }

    private static int Count(CaseConditions when) =>
        Situation.Known.Select(s => new RecoveryCase(s.Kind, null, null, s.Action, s.Reason)).Distinct().Count(when.Matches) * Enum.GetValues<TimeWindow>().Length;

    private static string Describe(FeeSchedule schedule) =>
        $"{schedule.Bands.Count} bands{(schedule.Cap is { } cap ? $", cap {cap.ToString(CultureInfo.InvariantCulture)}" : "")}; {Describe(schedule.Provenance)}";

    private static string Describe(Provenance provenance) =>
        $"{WireNames.Of(provenance.Confidence)}, facts {string.Join(",", provenance.Facts)}{(provenance.Article is { } article ? $", {article}" : "")}";

    private static string ByConfidence(IEnumerable<Confidence> values)
    {
        var list = values.ToList();
        return string.Join(", ", Enum.GetValues<Confidence>().Reverse().Select(c => $"{WireNames.Of(c)} {list.Count(v => v == c)}"));
    }
}
