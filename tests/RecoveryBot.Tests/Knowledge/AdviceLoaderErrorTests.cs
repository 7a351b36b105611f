using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Knowledge;

/// <summary>The knowledge of issue 5 — fees, deadlines, evidence, risks, documents, the new step fields — is validated like the rest, with file and line.</summary>
public sealed class AdviceLoaderErrorTests : IDisposable
{
    private readonly KnowledgeFolderBuilder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Fixture_LoadsTheAdviceData()
    {
        var knowledge = folder.Load();

        Assert.Equal(3, knowledge.Fees.FilingFee.Bands.Count);
        Assert.Single(knowledge.Deadlines);
        Assert.Single(knowledge.Evidence);
        Assert.Single(knowledge.Risks);
        Assert.Single(knowledge.Documents);
    }

    [Fact]
    public void StepWithoutWhy_IsReported()
    {
        folder.Write("steps/check-status.yaml", KnowledgeFolderBuilder.CheckStatus.Replace("\n    why: It is the quickest way.", "", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors(), e => e.Message.Contains("missing required field 'why'", StringComparison.Ordinal));

        Assert.Equal("steps/check-status.yaml", error.File);
        Assert.Contains("text.en-US", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactWithoutUserText_IsReported()
    {
        folder.Write("facts.yaml", KnowledgeFolderBuilder.Facts.Replace("\n    en-US: Call 110 at once.", "", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.File == "facts.yaml" && e.Message.Contains("missing locale 'en-US'", StringComparison.Ordinal));
    }

    [Fact]
    public void FeeScheduleWithoutFacts_IsRejected()
    {
        folder.Write("fees.yaml", KnowledgeFolderBuilder.Fees.Replace("  article: Art. 13\n  facts: [F1]\n", "  article: Art. 13\n", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors());

        Assert.Equal(("fees.yaml", 2), (error.File, error.Line));
        Assert.Contains("filingFee: missing required field 'facts'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{upTo: 100000, rate: 0.025}", "{upTo: 100000, rate: 0.025, fixed: 10}", "either 'fixed'")]
    [InlineData("{upTo: 100000, rate: 0.025}", "{upTo: 5000, rate: 0.025}", "'upTo' must grow")]
    [InlineData("{upTo: 100000, rate: 0.025}", "{upTo: 100000, rate: 2.5}", "between 0 and 1")]
    [InlineData("- {rate: 0.02}\npreservationFee", "- {upTo: 200000, rate: 0.02}\npreservationFee", "the last band has no 'upTo'")]
    public void BrokenFeeBand_IsReportedOnItsLine(string good, string bad, string message)
    {
        var broken = KnowledgeFolderBuilder.Fees.Replace(good, bad, StringComparison.Ordinal);
        folder.Write("fees.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(broken, bad.Split('\n')[0]), error.Line);
    }

    [Fact]
    public void DeadlineWithoutConfidence_AndWithAnUnknownPlaceholder_IsReported()
    {
        folder.Write("deadlines.yaml", KnowledgeFolderBuilder.Deadlines
            .Replace("  confidence: high\n", "", StringComparison.Ordinal)
            .Replace("{date}左右", "{date}左右（{amount}）", StringComparison.Ordinal));

        var errors = folder.Errors();

        Assert.Contains(errors, e => e.Message.Contains("missing required field 'confidence'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("{amount} is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void EvidenceWithoutFacts_IsRejected()
    {
        folder.Write("evidence.yaml", KnowledgeFolderBuilder.Evidence.Replace("  facts: [A1]\n", "", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.File == "evidence.yaml" && e.Message.Contains("missing required field 'facts'", StringComparison.Ordinal));
    }

    [Fact]
    public void RiskWithoutPhrasesInOneLanguage_IsReported()
    {
        folder.Write("risks.yaml", KnowledgeFolderBuilder.Risks.Replace("    en-US: [verification code]\n", "", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.File == "risks.yaml" && e.Message.Contains("missing locale 'en-US'", StringComparison.Ordinal));
    }

    [Fact]
    public void RiskWordFamily_IsLoadedPerLanguage()
    {
        folder.Write("risks.yaml", KnowledgeFolderBuilder.Risks.Replace("  warning:\n", RiskFamily + "  warning:\n", StringComparison.Ordinal));

        var risk = Assert.Single(folder.Load().Risks);

        var zh = Assert.Single(risk.PhraseFamilies[Language.ZhCn]);
        var en = Assert.Single(risk.PhraseFamilies[Language.EnUs]);
        Assert.Equal(["说能", "追回", "手续费"], zh.Select(words => Assert.Single(words)));
        Assert.Equal(["says", "get it back", "fee"], en.Select(words => Assert.Single(words)));
    }

    [Fact]
    public void RiskWordFamilyOfOneList_IsReported()
    {
        var oneList = RiskFamily.Replace(", [追回], [手续费]", "", StringComparison.Ordinal);
        folder.Write("risks.yaml", KnowledgeFolderBuilder.Risks.Replace("  warning:\n", oneList + "  warning:\n", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.File == "risks.yaml" && e.Message.Contains("at least two non-empty word lists", StringComparison.Ordinal));
    }

    [Fact]
    public void RiskWarningThatRepeatsAWrongClaim_IsReported()
    {
        folder.Write("risks.yaml", KnowledgeFolderBuilder.Risks.Replace("不要给验证码。", "转账后可以撤回。", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.File == "risks.yaml" && e.Message.Contains("transfer-sender-recall", StringComparison.Ordinal));
    }

    [Fact]
    public void DocumentWithAnUnknownPlaceholder_IsReported()
    {
        folder.Write("documents/request.yaml", KnowledgeFolderBuilder.RequestDocument
            .Replace("请退还{amount}。", "请在{deadline}前退还{amount}。", StringComparison.Ordinal)
            .Replace("please return {amount}.", "please return {amount} by {deadline}.", StringComparison.Ordinal));

        var errors = folder.Errors();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("{deadline} is neither computed", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("documents/request.yaml", e.File));
    }

    [Fact]
    public void DocumentBlankThatIsNeverUsed_IsReported()
    {
        folder.Write("documents/request.yaml", KnowledgeFolderBuilder.RequestDocument.Replace("{name}：", "", StringComparison.Ordinal));

        var errors = folder.Errors();

        Assert.Contains(errors, e => e.Message.Contains("blank 'name' is never used", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("the locales use different placeholders", StringComparison.Ordinal));
    }

    [Fact]
    public void DocumentBelowHighConfidenceWithoutCaveat_IsReported()
    {
        folder.Write("documents/request.yaml", KnowledgeFolderBuilder.RequestDocument.Replace("confidence: high", "confidence: medium", StringComparison.Ordinal));

        var errors = folder.Errors();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("needs a 'caveat'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void StepOfferingAnUnknownDocument_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("facts: [A1]\n", "facts: [A1]\ndocuments: [requset]\n", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(("steps/check-status.yaml", LineOf(broken, "requset")), (error.File, error.Line));
        Assert.Contains("unknown document 'requset'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepWithAnUnknownBlockOrOutcome_IsReported()
    {
        folder.Write("steps/check-status.yaml", KnowledgeFolderBuilder.CheckStatus.Replace("facts: [A1]\n", "facts: [A1]\nshows: [costz]\noutcome: maybe\n", StringComparison.Ordinal));

        var errors = folder.Errors();

        Assert.Contains(errors, e => e.Message.Contains("unknown block 'costz'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'outcome' must be recovery or task", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingDocumentsFolder_IsReported()
    {
        folder.Delete("documents/request.yaml");
        Directory.Delete(Path.Combine(folder.Directory, "documents"));

        Assert.Contains(folder.Errors(), e => e.File == "documents/" && e.Message.Contains("folder is missing", StringComparison.Ordinal));
    }

    private static int LineOf(string content, string marker) =>
        content.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(marker, StringComparison.Ordinal)).index + 1;

    private const string RiskFamily = """
          saysTogether:
            zh-CN: [[[说能], [追回], [手续费]]]
            en-US: [[[says], [get it back], [fee]]]

        """;
}
