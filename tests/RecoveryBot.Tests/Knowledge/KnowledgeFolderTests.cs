using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Knowledge;

public class KnowledgeFolderTests
{
    public static TheoryData<string> CanonicalStepIds { get; } =
    [
        "check-status", "recall-face-to-face", "wait-auto-refund", "ask-recipient-return",
        "ask-recipient-send-back", "preserve-evidence", "customer-service", "report-account",
        "merchant-refund", "merchant-complaint", "consumer-complaint-12315", "police-report", "lawsuit",
        "beware-recovery-scams",
    ];

    [Fact]
    public void RealFolder_LoadsWithoutErrors()
    {
        var exception = Record.Exception(() => KnowledgeBase.Load(RepositoryPaths.Knowledge));

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(CanonicalStepIds))]
    public void CanonicalStep_Exists(string id)
    {
        Assert.Contains(id, RealKnowledge.Base.Steps.Keys);
    }

    [Fact]
    public void EveryStep_HasBothLocalesFactsAndConfidence()
    {
        foreach (var step in RealKnowledge.Base.Steps.Values)
        {
            Assert.NotEmpty(step.Facts);
            Assert.All(step.Facts, id => Assert.Contains(id, RealKnowledge.Base.Facts.Keys));
            foreach (var language in Enum.GetValues<Language>())
            {
                var text = step.TextFor(language);
                Assert.False(string.IsNullOrWhiteSpace(text.Title), $"{step.Id} {language} title");
                Assert.False(string.IsNullOrWhiteSpace(text.Summary), $"{step.Id} {language} summary");
                Assert.False(string.IsNullOrWhiteSpace(text.Instructions), $"{step.Id} {language} instructions");
                if (step.Confidence < Confidence.High)
                {
                    Assert.False(string.IsNullOrWhiteSpace(text.Caveat), $"{step.Id} {language} needs a caveat");
                }
            }
        }
    }

    [Fact]
    public void EveryVariant_HasBothLocales()
    {
        foreach (var step in RealKnowledge.Base.Steps.Values)
        {
            foreach (var kind in Enum.GetValues<PaymentKind>())
            {
                foreach (var language in Enum.GetValues<Language>())
                {
                    Assert.False(string.IsNullOrWhiteSpace(step.TextFor(language, kind).Instructions));
                }
            }
        }
    }

    [Fact]
    public void EveryFact_HasASourceAndNoContentFarm()
    {
        string[] farms = ["nctoro", "zhetiaohe", "fengdujob", "sqjnqi", "sboyo", "08gf", "0532bm"];
        foreach (var fact in RealKnowledge.Base.Facts.Values)
        {
            Assert.NotEmpty(fact.Sources);
            Assert.All(fact.Sources, source => Assert.DoesNotContain(farms, farm => source.Url?.Host.Contains(farm, StringComparison.Ordinal) == true));
        }
    }

    [Fact]
    public void EveryTip_HasBothLocalesAndFacts()
    {
        Assert.NotEmpty(RealKnowledge.Base.Tips);
        foreach (var tip in RealKnowledge.Base.Tips)
        {
            Assert.NotEmpty(tip.Facts);
            Assert.False(string.IsNullOrWhiteSpace(tip.TextFor(Language.ZhCn)));
            Assert.False(string.IsNullOrWhiteSpace(tip.TextFor(Language.EnUs)));
        }
    }

    [Theory]
    [InlineData(PaymentKind.Transfer, "turn-on-delayed-arrival")]
    [InlineData(PaymentKind.Merchant, "keep-merchant-records")]
    public void TipsFor_IncludesKindSpecificTips(PaymentKind kind, string tipId)
    {
        Assert.Contains(RealKnowledge.Base.TipsFor(kind), tip => tip.Id == tipId);
    }

    [Fact]
    public void TipsFor_RedPacket_LeavesOutTheTransferDelayTip()
    {
        // The delay setting covers transfers only (C2): suggesting it after a red packet would mislead.
        Assert.DoesNotContain(RealKnowledge.Base.TipsFor(PaymentKind.RedPacket), tip => tip.Id == "turn-on-delayed-arrival");
    }

    [Fact]
    public void StepPlaceholders_AreTheDocumentedOnes()
    {
        foreach (var step in RealKnowledge.Base.Steps.Values)
        {
            foreach (var kind in Enum.GetValues<PaymentKind>())
            {
                foreach (var language in Enum.GetValues<Language>())
                {
                    var text = step.TextFor(language, kind);
                    var all = string.Join("\n", text.Title, text.Summary, text.Instructions, text.Script, text.Caveat);
                    Assert.Subset(Placeholders.StepNames.ToHashSet(), Placeholders.Find(all).ToHashSet());
                }
            }
        }
    }
}
