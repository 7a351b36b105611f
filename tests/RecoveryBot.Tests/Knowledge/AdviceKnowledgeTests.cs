using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Knowledge;

/// <summary>The real knowledge folder: every step complete in both languages, provenance everywhere.</summary>
public class AdviceKnowledgeTests
{
    private static KnowledgeBase Knowledge => RealKnowledge.Base;

    public static TheoryData<string> StepIds => [.. RealKnowledge.Base.Steps.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(StepIds))]
    public void EveryStepAndVariant_SaysWhatToDoWhatNextWhatIfItFailsAndWhy(string id)
    {
        var step = Knowledge.Steps[id];
        var texts = step.Texts.Values
            .Concat(step.Variants.Values.SelectMany(v => v.Values))
            .Concat(step.ReasonVariants.Values.SelectMany(v => v.Values));

        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Instructions));
            Assert.False(string.IsNullOrWhiteSpace(text.Expect));
            Assert.False(string.IsNullOrWhiteSpace(text.IfFails));
            Assert.False(string.IsNullOrWhiteSpace(text.Why));
        });
    }

    [Fact]
    public void EveryFact_CanBeShownToAUserInBothLanguages() =>
        Assert.All(Knowledge.Facts.Values, fact =>
        {
            Assert.NotEmpty(fact.Sources);
            Assert.False(string.IsNullOrWhiteSpace(fact.TextFor(Language.ZhCn)));
            Assert.False(string.IsNullOrWhiteSpace(fact.TextFor(Language.EnUs)));
        });

    [Fact]
    public void EveryNumberAndRuleOfTheAdvice_CarriesFactsAndConfidence()
    {
        var provenance = Knowledge.Fees.AllProvenance
            .Concat(Knowledge.Deadlines.Select(d => d.Provenance))
            .Concat(Knowledge.Evidence.Select(e => e.Provenance))
            .Concat(Knowledge.Risks.Select(r => r.Provenance))
            .Concat(Knowledge.Documents.Values.Select(d => d.Provenance));

        Assert.All(provenance, p => Assert.All(p.Facts, id => Assert.True(Knowledge.Facts.ContainsKey(id), id)));
        Assert.All(provenance, p => Assert.NotEmpty(p.Facts));
    }

    [Fact]
    public void EveryKind_HasAnEvidenceChecklist()
    {
        foreach (var kind in Enum.GetValues<PaymentKind>())
        {
            var known = new RecoveryCase(kind, null, null, RecipientAction.Accepted, Reason.Mistake);
            Assert.True(Knowledge.Evidence.Count(e => e.When.Matches(known)) >= 3, kind.ToString());
        }
    }

    [Fact]
    public void DocumentBlanks_AreVisibleMarks_NeverInventedValues() =>
        Assert.All(Knowledge.Documents.Values, document =>
        {
            Assert.All(document.Texts[Language.ZhCn].Blanks.Values, b => Assert.Matches("^【.+】$", b.Mark));
            Assert.All(document.Texts[Language.EnUs].Blanks.Values, b => Assert.Matches(@"^\[.+\]$", b.Mark));
        });

    [Fact]
    public void EveryStepDocument_FitsAtLeastOneSituationThatReachesTheStep()
    {
        foreach (var step in Knowledge.Steps.Values.Where(s => s.Documents.Count > 0))
        {
            foreach (var id in step.Documents)
            {
                var reached = Knowledge.Rules
                    .Where(r => r.StepIds.Contains(step.Id))
                    .SelectMany(r => Situations(r))
                    .Any(known => Knowledge.Documents[id].When.Matches(known));
                Assert.True(reached, $"{step.Id} offers {id}, which fits none of the situations that reach the step");
            }
        }
    }

    [Fact]
    public void Report_CoversEverySituationAndNamesTheUncitedFacts()
    {
        var report = string.Join("\n", KnowledgeReport.Lines(Knowledge));

        Assert.Contains("Situations: 480 of 480 covered", report, StringComparison.Ordinal);
        Assert.Contains("Steps: 16", report, StringComparison.Ordinal);
        Assert.Contains("Documents: 6", report, StringComparison.Ordinal);
        Assert.Contains("blanks:", report, StringComparison.Ordinal);
        var uncited = KnowledgeReport.Citations(Knowledge).Where(c => c.Value.Count == 0).Select(c => c.Key);
        Assert.All(uncited, id => Assert.Contains(id, report, StringComparison.Ordinal));
    }

    private static IEnumerable<RecoveryCase> Situations(DecisionRule rule) =>
        from kind in Enum.GetValues<PaymentKind>()
        from action in Enum.GetValues<RecipientAction>()
        from reason in Enum.GetValues<Reason>()
        where rule.Matches(kind, action, reason, TimeWindow.Within24Hours) || rule.Matches(kind, action, reason, TimeWindow.After24Hours)
        select new RecoveryCase(kind, null, null, action, reason);
}
