using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Tests.Knowledge;

public sealed class LoaderErrorTests : IDisposable
{
    private readonly KnowledgeFolderBuilder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Fixture_IsValid()
    {
        var knowledge = folder.Load();

        Assert.Equal(4, knowledge.Steps.Count);
        Assert.Equal(3, knowledge.Rules.Count);
    }

    [Fact]
    public void MissingField_IsReportedWithFileAndLine()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("    summary: See where the {amount} is now.\n", "", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var error = Assert.Single(folder.Errors(), e => e.Message.Contains("missing required field 'summary'", StringComparison.Ordinal));

        Assert.Equal("steps/check-status.yaml", error.File);
        Assert.Equal(LineOf(broken, "title: Check the status"), error.Line);
        Assert.Contains("text.en-US", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadEnumValue_InRule_IsReported()
    {
        var broken = KnowledgeFolderBuilder.Rules.Replace("kind: [transfer]", "kind: [transfr]", StringComparison.Ordinal);
        folder.Write("rules.yaml", broken);

        var error = Assert.Single(folder.Errors(), e => e.Message.Contains("unknown kind 'transfr'", StringComparison.Ordinal));

        Assert.Equal("rules.yaml", error.File);
        Assert.Equal(LineOf(broken, "kind: [transfr]"), error.Line);
        Assert.Contains("redPacket", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadConfidence_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("confidence: high", "confidence: certain", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var error = Assert.Single(folder.Errors(), e => e.Message.Contains("unknown confidence 'certain'", StringComparison.Ordinal));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void StepSurerThanItsWeakestFact_IsReported()
    {
        var weakerFacts = KnowledgeFolderBuilder.Facts.Replace(
            "summary: Unclaimed red packets are refunded after 24 hours.\n  confidence: high",
            "summary: Unclaimed red packets are refunded after 24 hours.\n  confidence: medium",
            StringComparison.Ordinal);
        Assert.NotEqual(KnowledgeFolderBuilder.Facts, weakerFacts);
        folder.Write("facts.yaml", weakerFacts);

        var error = Assert.Single(folder.Errors(), e => e.File == "steps/check-status.yaml" && e.Message.Contains("higher than that of fact A1 (medium)", StringComparison.Ordinal));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void StepAsSureAsItsWeakestFact_Loads()
    {
        var weakerFacts = KnowledgeFolderBuilder.Facts.Replace(
            "summary: Call 110 at once.\n  confidence: high",
            "summary: Call 110 at once.\n  confidence: medium",
            StringComparison.Ordinal);
        Assert.NotEqual(KnowledgeFolderBuilder.Facts, weakerFacts);
        folder.Write("facts.yaml", weakerFacts);

        Assert.DoesNotContain(folder.Errors(), e => e.File == "steps/check-status.yaml");
    }

    [Fact]
    public void OfficialSource_AtAnAddressNotListed_IsReported()
    {
        folder.Write("facts.yaml", KnowledgeFolderBuilder.Facts.Replace("https://police.example.gov.cn/f1", "https://police-news.example.com/f1", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors(), e => e.File == "facts.yaml" && e.Message.Contains("is not in source-links.yaml", StringComparison.Ordinal));

        Assert.Contains("government", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnofficialSource_AtAnAddressUsersMayFollow_IsReported()
    {
        folder.Write("facts.yaml", KnowledgeFolderBuilder.Facts.Replace("https://example.org/a1", "https://www.example.gov.cn/a1", StringComparison.Ordinal));

        Assert.Single(folder.Errors(), e => e.File == "facts.yaml" && e.Message.Contains("a webArticle source cannot sit there", StringComparison.Ordinal));
    }

    [Fact]
    public void ForumUnderAnOfficialHost_IsNotLinked()
    {
        folder.Write("facts.yaml", KnowledgeFolderBuilder.Facts.Replace("https://example.org/a1", "https://forum.example.gov.cn/thread/1", StringComparison.Ordinal));

        var knowledge = folder.Load();

        Assert.False(knowledge.Facts["A1"].Sources[0].Linkable);
        Assert.True(knowledge.Facts["F1"].Sources[0].Linkable);
    }

    [Fact]
    public void LinkedSource_WithoutANameInEveryLanguage_IsReported()
    {
        folder.Write("facts.yaml", KnowledgeFolderBuilder.Facts.Replace("name: {zh-CN: 警方通告, en-US: Police notice}", "name: {zh-CN: 警方通告}", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.File == "facts.yaml" && e.Message.Contains("needs a 'name' in every language", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownStep_InRule_IsReported()
    {
        var broken = KnowledgeFolderBuilder.Rules.Replace("steps: [wait-auto-refund, check-status]", "steps: [wait-auto-refund, check-statsu]", StringComparison.Ordinal);
        folder.Write("rules.yaml", broken);

        var error = Assert.Single(folder.Errors(), e => e.Message.Contains("unknown step 'check-statsu'", StringComparison.Ordinal));

        Assert.Equal("rules.yaml", error.File);
        Assert.Equal(LineOf(broken, "check-statsu"), error.Line);
    }

    [Fact]
    public void MissingLocale_IsReported()
    {
        var broken = KnowledgeFolderBuilder.BewareRecoveryScams[..KnowledgeFolderBuilder.BewareRecoveryScams.IndexOf("  en-US:", StringComparison.Ordinal)];
        folder.Write("steps/beware-recovery-scams.yaml", broken);

        var error = Assert.Single(folder.Errors(), e => e.Message.Contains("missing locale 'en-US'", StringComparison.Ordinal));

        Assert.Equal("steps/beware-recovery-scams.yaml", error.File);
        Assert.Equal(LineOf(broken, "zh-CN:"), error.Line);
    }

    [Fact]
    public void UnknownField_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("    title: 查看状态", "    titel: 查看状态", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var errors = folder.Errors();

        Assert.Contains(errors, e => e.Line == LineOf(broken, "titel") && e.Message.Contains("unknown field 'titel'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("missing required field 'title'", StringComparison.Ordinal));
    }

    [Fact]
    public void StepWithoutFacts_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("facts: [A1]\n", "", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        Assert.Contains(folder.Errors(), e => e.File == "steps/check-status.yaml" && e.Message.Contains("missing required field 'facts'", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownFact_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("facts: [A1]", "facts: [A1, Z9]", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(3, error.Line);
        Assert.Contains("unknown fact 'Z9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCaveat_BelowHighConfidence_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("confidence: high", "confidence: medium", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var errors = folder.Errors();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("caveat", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void PlaceholdersThatDifferBetweenLocales_AreReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("See where the {amount} is now.", "See where the money is now.", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal("steps/check-status.yaml", error.File);
        Assert.Contains("different placeholders", error.Message, StringComparison.Ordinal);
        Assert.Contains("text.summary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPlaceholder_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus
            .Replace("看看这笔{amount}", "看看{recipient}这笔{amount}", StringComparison.Ordinal)
            .Replace("See where the {amount}", "See where {recipient}'s {amount}", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var errors = folder.Errors();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("{recipient} is not allowed", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void DuePlaceholder_WithoutADueTime_IsReported()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus
            .Replace("打开账单查看。", "在{due}之前打开账单查看。", StringComparison.Ordinal)
            .Replace("Open your bill and look.", "Open your bill before {due}.", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(("steps/check-status.yaml", 1), (error.File, error.Line));
        Assert.Contains("uses {due} but the step has no 'due'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VariantForUnknownKind_IsReported()
    {
        var broken = KnowledgeFolderBuilder.WaitAutoRefund.Replace("  transfer:", "  wireTransfer:", StringComparison.Ordinal);
        folder.Write("steps/wait-auto-refund.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(LineOf(broken, "wireTransfer"), error.Line);
        Assert.Contains("unknown payment kind 'wireTransfer'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VariantThatSetsDifferentFieldsPerLocale_IsReported()
    {
        var broken = KnowledgeFolderBuilder.WaitAutoRefund.Replace(
            "      summary: The transfer comes back around {refundAt}.",
            "      title: Wait for the transfer",
            StringComparison.Ordinal);
        folder.Write("steps/wait-auto-refund.yaml", broken);

        Assert.Contains(folder.Errors(), e => e.Message.Contains("must set the same fields", StringComparison.Ordinal));
    }

    [Fact]
    public void StepIdThatDoesNotMatchItsFile_IsReported()
    {
        folder.Write("steps/check-status.yaml", KnowledgeFolderBuilder.CheckStatus.Replace("id: check-status", "id: check-state", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.Line == 1 && e.Message.Contains("must match the file name", StringComparison.Ordinal));
    }

    [Fact]
    public void UncoveredCombination_IsReported()
    {
        var broken = KnowledgeFolderBuilder.Rules[..KnowledgeFolderBuilder.Rules.IndexOf("- id: everything-else", StringComparison.Ordinal)];
        folder.Write("rules.yaml", broken);

        var errors = folder.Errors();

        Assert.All(errors, e => Assert.Equal("rules.yaml", e.File));
        Assert.Contains(errors, e => e.Message == "no rule covers merchant × accepted × mistake (within24h and after24h and unknown)");
        Assert.Contains(errors, e => e.Message == "no rule covers transfer × notAccepted × mistake (after24h and unknown)");
        Assert.DoesNotContain(errors, e => e.Message.Contains("fraud", StringComparison.Ordinal));
    }

    [Fact]
    public void RuleThatNeverApplies_IsReported()
    {
        var broken = KnowledgeFolderBuilder.Rules + """

            - id: hidden
              matrix: test
              when:
                kind: [merchant]
              steps: [check-status]
            """;
        folder.Write("rules.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(LineOf(broken, "id: hidden"), error.Line);
        Assert.Contains("rule 'hidden' never applies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FraudPlanWithoutPoliceFirst_BreaksASafetyInvariant()
    {
        var broken = KnowledgeFolderBuilder.Rules.Replace("steps: [police-report, check-status, beware-recovery-scams]", "steps: [check-status, police-report, beware-recovery-scams]", StringComparison.Ordinal);
        folder.Write("rules.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(1, error.Line);
        Assert.Contains("must start with police-report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WaitingForARefundOfAQrPayment_BreaksASafetyInvariant()
    {
        var broken = KnowledgeFolderBuilder.Rules.Replace("kind: [transfer]", "kind: [transfer, qrPersonal]", StringComparison.Ordinal);
        folder.Write("rules.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Contains("wait-auto-refund applies only to red packets and transfers", error.Message, StringComparison.Ordinal);
        Assert.Contains("qrPersonal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatRepeatsAWrongClaim_IsReportedWithClaimAndPlace()
    {
        var broken = KnowledgeFolderBuilder.CheckStatus.Replace("打开账单查看。", "打开账单查看。转账后你可以撤回。", StringComparison.Ordinal);
        folder.Write("steps/check-status.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal("steps/check-status.yaml", error.File);
        Assert.Equal(LineOf(broken, "转账后你可以撤回"), error.Line);
        Assert.Contains("wrong claim 'transfer-sender-recall'", error.Message, StringComparison.Ordinal);
        Assert.Contains("zh-CN instructions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TipThatRepeatsAWrongClaim_IsReported()
    {
        folder.Write("tips.yaml", KnowledgeFolderBuilder.Tips.Replace("Never tell anyone a verification code.", "Senders can recall a transfer.", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors());

        Assert.Equal("tips.yaml", error.File);
        Assert.Contains("tip 'codes' en-US", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringThatRepeatsAWrongClaim_IsReported()
    {
        folder.Write("strings.zh-CN.yaml", KnowledgeFolderBuilder.StringsZh.Replace("welcome: 你好。", "welcome: 你好。转账后可以撤回。", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors());

        Assert.Equal(("strings.zh-CN.yaml", 1), (error.File, error.Line));
        Assert.Contains("string 'welcome'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongClaimPatternThatMissesItsOwnExample_IsReported()
    {
        var broken = KnowledgeFolderBuilder.WrongClaims.Replace("- 转账后可以撤回。", "- 转账之后当然能够撤回。", StringComparison.Ordinal);
        folder.Write("wrong-claims.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(LineOf(broken, "当然能够撤回"), error.Line);
        Assert.Contains("miss its own wrong example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongClaimPatternThatFlagsARightExample_IsReported()
    {
        folder.Write("wrong-claims.yaml", KnowledgeFolderBuilder.WrongClaims.Replace("- 转账不能撤回。", "- 转账以后能撤回吗？不能。", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.Message.Contains("right example is flagged", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidRegex_IsReported()
    {
        folder.Write("wrong-claims.yaml", KnowledgeFolderBuilder.WrongClaims.Replace(@"'(?<!n''t\s)\bcan recall\b'", "'(unclosed'", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.File == "wrong-claims.yaml" && e.Message.Contains("not a valid regular expression", StringComparison.Ordinal));
    }

    [Fact]
    public void StringKeyMissingInOneLocale_IsReported()
    {
        folder.Write("strings.en-US.yaml", KnowledgeFolderBuilder.StringsEn.Replace("welcome: Hello.\n", "", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors());

        Assert.Equal(("strings.zh-CN.yaml", 1), (error.File, error.Line));
        Assert.Contains("string 'welcome' is missing from strings.en-US.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringPlaceholdersThatDiffer_AreReported()
    {
        folder.Write("strings.en-US.yaml", KnowledgeFolderBuilder.StringsEn.Replace("Amount: {amount}.", "Amount: {value}.", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors());

        Assert.Equal("string 'summary' uses placeholders {value} but strings.zh-CN.yaml uses {amount}", error.Message);
    }

    [Fact]
    public void PlainStringWithAFigure_MustCiteFacts()
    {
        var broken = KnowledgeFolderBuilder.StringsZh.Replace("welcome: 你好。", "welcome: 你好，有事打95017。", StringComparison.Ordinal);
        folder.Write("strings.zh-CN.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal(1, error.Line);
        Assert.Contains("figure '95017'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringEntryWithUnknownFact_IsReported()
    {
        folder.Write("strings.en-US.yaml", KnowledgeFolderBuilder.StringsEn.Replace("facts: [F1]", "facts: [X1]", StringComparison.Ordinal));

        Assert.Contains(folder.Errors(), e => e.Message.Contains("unknown fact 'X1'", StringComparison.Ordinal));
    }

    [Fact]
    public void LexiconNameMissingInOneLocale_IsReported()
    {
        var broken = KnowledgeFolderBuilder.LexiconEn.Replace("\n  restart: [start over]", "", StringComparison.Ordinal);
        folder.Write("lexicon.en-US.yaml", broken);

        var error = Assert.Single(folder.Errors());

        Assert.Equal("lexicon.zh-CN.yaml", error.File);
        Assert.Contains("'commands.restart' is missing from lexicon.en-US.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LexiconGroupMissingInOneLocale_IsReported()
    {
        folder.Write("lexicon.zh-CN.yaml", KnowledgeFolderBuilder.LexiconZh.Replace("affirmative: [对, 是的]\n", "", StringComparison.Ordinal));

        var errors = folder.Errors();

        Assert.Contains(errors, e => (e.File, e.Line) == ("lexicon.en-US.yaml", 1));
        Assert.Contains(errors, e => e.File == "lexicon.zh-CN.yaml" && e.Message == "missing group 'affirmative'");
    }

    [Fact]
    public void LexiconNameTheConversationDoesNotKnow_IsReportedWithItsLine()
    {
        folder.Write("lexicon.en-US.yaml", KnowledgeFolderBuilder.LexiconEn.Replace("  bankCard: [bank card]", "  bankCards: [bank card]", StringComparison.Ordinal));

        var errors = folder.Errors();

        Assert.Contains(errors, e => e.File == "lexicon.en-US.yaml" && e.Line == 9 && e.Message.StartsWith("'kinds' has no name 'bankCards'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "lexicon.en-US.yaml" && e.Message == "'kinds' lacks phrases for 'bankCard'");
    }

    [Fact]
    public void InvalidYaml_IsReportedWithItsLine()
    {
        folder.Write("tips.yaml", "- id: codes\n  facts: [F1\n  confidence: high\n");

        var error = Assert.Single(folder.Errors());

        Assert.Equal("tips.yaml", error.File);
        Assert.True(error.Line > 0);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsReported()
    {
        folder.Delete("lexicon.en-US.yaml");

        Assert.Contains(folder.Errors(), e => e.File == "lexicon.en-US.yaml" && e.Message == "file is missing");
    }

    [Fact]
    public void MisspeltFile_IsReported()
    {
        folder.Write("rule.yaml", "[]");

        Assert.Contains(folder.Errors(), e => e.File == "rule.yaml" && e.Message.Contains("unexpected file", StringComparison.Ordinal));
    }

    [Fact]
    public void ContentFarmSource_IsRejected()
    {
        folder.Write("facts.yaml", KnowledgeFolderBuilder.Facts.Replace("https://example.org/a1", "https://www.nctoro.com/a/1.html", StringComparison.Ordinal));

        var error = Assert.Single(folder.Errors());

        Assert.Equal(6, error.Line);
        Assert.Contains("content farm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateFact_IsReported()
    {
        folder.Write("facts.yaml", KnowledgeFolderBuilder.Facts + "\n" + KnowledgeFolderBuilder.Facts[..KnowledgeFolderBuilder.Facts.IndexOf("- id: F1", StringComparison.Ordinal)]);

        Assert.Contains(folder.Errors(), e => e.Message.Contains("fact 'A1' is defined twice", StringComparison.Ordinal));
    }

    [Fact]
    public void AllErrors_AreReportedTogether()
    {
        folder.Write("rules.yaml", KnowledgeFolderBuilder.Rules.Replace("kind: [transfer]", "kind: [transfr]", StringComparison.Ordinal));
        folder.Write("steps/check-status.yaml", KnowledgeFolderBuilder.CheckStatus.Replace("facts: [A1]", "facts: [Z9]", StringComparison.Ordinal));
        folder.Delete("tips.yaml");

        var files = folder.Errors().Select(e => e.File).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["rules.yaml", "steps/check-status.yaml", "tips.yaml"], files);
    }

    [Fact]
    public void Error_PrintsFileColonLineColonMessage()
    {
        Assert.Equal("steps/x.yaml:12: missing required field 'title'", new KnowledgeError("steps/x.yaml", 12, "missing required field 'title'").ToString());
        Assert.Equal("tips.yaml: file is missing", new KnowledgeError("tips.yaml", 0, "file is missing").ToString());
    }

    [Fact]
    public void ExceptionMessage_ListsEveryError()
    {
        folder.Write("steps/check-status.yaml", KnowledgeFolderBuilder.CheckStatus.Replace("facts: [A1]", "facts: [Z9]", StringComparison.Ordinal));

        var exception = Assert.Throws<KnowledgeValidationException>(folder.Load);

        Assert.Contains("steps/check-status.yaml:3: unknown fact 'Z9'", exception.Message, StringComparison.Ordinal);
    }

    private static int LineOf(string content, string marker) =>
        content.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(marker, StringComparison.Ordinal)).index + 1;
}
