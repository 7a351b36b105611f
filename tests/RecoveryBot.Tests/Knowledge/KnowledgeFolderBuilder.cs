using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Tests.Knowledge;

/// <summary>
/// Writes a small, valid knowledge folder to a temporary directory; a test replaces one file with a
/// broken version and checks the error the loader reports.
/// </summary>
internal sealed class KnowledgeFolderBuilder : IDisposable
{
    public const string Facts = """
        - id: A1
          summary: Unclaimed red packets are refunded after 24 hours.
          confidence: high
          sources:
            - title: Server text
              url: https://example.org/a1
              kind: webArticle
          text:
            zh-CN: 没人领的红包24小时后退回。
            en-US: Unclaimed red packets are refunded after 24 hours.
        - id: F1
          summary: Call 110 at once.
          confidence: high
          sources:
            - title: Police notice
              url: https://police.example.gov.cn/f1
              kind: government
              name: {zh-CN: 警方通告, en-US: Police notice}
          text:
            zh-CN: 马上打110。
            en-US: Call 110 at once.
        """;

    public const string SourceLinks = """
        - host: gov.cn
          except: [forum.example.gov.cn/]
          why: government sites
        """;

    public const string CheckStatus = """
        id: check-status
        confidence: high
        facts: [A1]
        text:
          zh-CN:
            title: 查看状态
            summary: 看看这笔{amount}现在的状态。
            instructions: 打开账单查看。
            expect: 马上就知道。
            ifFails: 联系客服。
            why: 这样最快。
          en-US:
            title: Check the status
            summary: See where the {amount} is now.
            instructions: Open your bill and look.
            expect: You will know at once.
            ifFails: Contact customer service.
            why: It is the quickest way.
        """;

    public const string PoliceReport = """
        id: police-report
        confidence: high
        facts: [F1]
        due: {from: now}
        text:
          zh-CN:
            title: 报警
            summary: 马上打110。
            instructions: 现在就打110。
            expect: 马上就知道。
            ifFails: 联系客服。
            why: 这样最快。
          en-US:
            title: Call the police
            summary: Call 110 now.
            instructions: Call 110 now.
            expect: You will know at once.
            ifFails: Contact customer service.
            why: It is the quickest way.
        """;

    public const string WaitAutoRefund = """
        id: wait-auto-refund
        confidence: high
        facts: [A1]
        due: {from: sentAt, after: 24h}
        text:
          zh-CN:
            title: 等待退回
            summary: 它会在{refundAt}左右退回。
            instructions: 不用做任何操作。
            expect: 马上就知道。
            ifFails: 联系客服。
            why: 这样最快。
          en-US:
            title: Wait for the refund
            summary: It comes back around {refundAt}.
            instructions: You need not do anything.
            expect: You will know at once.
            ifFails: Contact customer service.
            why: It is the quickest way.
        variants:
          transfer:
            zh-CN:
              summary: 转账会在{refundAt}左右退回。
            en-US:
              summary: The transfer comes back around {refundAt}.
        """;

    public const string BewareRecoveryScams = """
        id: beware-recovery-scams
        confidence: high
        facts: [F1]
        text:
          zh-CN:
            title: 小心骗局
            summary: 不要给验证码。
            instructions: 收费帮你追回的都是骗子。
            expect: 马上就知道。
            ifFails: 联系客服。
            why: 这样最快。
          en-US:
            title: Beware of scams
            summary: Never give codes.
            instructions: Anyone charging to recover money is a scammer.
            expect: You will know at once.
            ifFails: Contact customer service.
            why: It is the quickest way.
        """;

    public const string Rules = """
        - id: fraud
          matrix: test
          when:
            reason: [fraud]
          urgent: true
          steps: [police-report, check-status, beware-recovery-scams]
        - id: transfer-first-day
          matrix: test
          when:
            kind: [transfer]
            recipientAction: [notAccepted]
            reason: [mistake, merchantDispute]
            window: within24h
          steps: [wait-auto-refund, check-status]
        - id: everything-else
          matrix: test
          when: {}
          steps: [check-status]
        """;

    public const string Tips = """
        - id: codes
          facts: [F1]
          confidence: high
          text:
            zh-CN: 不要把验证码告诉任何人。
            en-US: Never tell anyone a verification code.
        """;

    public const string WrongClaims = """
        - id: transfer-sender-recall
          seed: "002"
          why: B3
          patterns:
            zh-CN:
              - '转账[^，]{0,10}(?<![不无没])(?:可以|能)撤回'
            en-US:
              - '(?<!n''t\s)\bcan recall\b'
          examples:
            wrong:
              - 转账后可以撤回。
            right:
              - 转账不能撤回。
        """;

    public const string StringsZh = """
        welcome: 你好。
        actions: [转账, 红包]
        summary: 金额：{amount}。
        hotline:
          text: 客服电话95017。
          facts: [F1]
          confidence: high
        """;

    public const string StringsEn = """
        welcome: Hello.
        actions: [Transfer, Red packet]
        summary: "Amount: {amount}."
        hotline:
          text: The hotline is 95017.
          facts: [F1]
          confidence: high
        """;

    public const string LexiconZh = """
        affirmative: [对, 是的]
        kinds:
          transfer: [转账]
          redPacket: [红包]
          groupRedPacket: [群红包]
          faceToFaceRedPacket: [面对面红包]
          qrPersonal: [收款码]
          merchant: [商家]
          bankCard: [银行卡]
        recipientActions:
          notAccepted: [没收]
          accepted: [收了]
          returned: [退回]
          blocked: [拉黑]
          unknown: [不知道]
        reasons:
          mistake: [转错]
          fraud: [被骗]
          merchantDispute: [不退款]
        stepOutcomes:
          worked: [成功了]
          waiting: [还在等]
          failed: [没用]
        commands:
          help: [帮助]
          restart: [重新开始]
        fraudSignals: [验证码]
        sensitiveOffers: [密码是]
        negative: [不对]
        howToFind: [在哪看]
        correctionCues: [其实]
        negators: [没]
        notNegations: [不小心]
        reportedSpeech: [说]
        kindHints:
          transfer: [转了]
        recipientActionHints:
          unknown: [不清楚]
        groupContext: [群里]
        exclusiveMarkers: [专属]
        personalMarkers: [个人]
        contrastMarkers: [但是]
        negationBarriers: [就]
        intentMarkers: [本来]
        outcomeMarkers: [结果]
        impersonatedRoles: [客服]
        identityClaims: [自称]
        trailingNegators: [都没有]
        notNumbers: [二维码]
        notAnswering: [不回]
        vagueInside: [几]
        vagueBefore: [好几]
        vagueAfter: [多]
        advice:
          why: [为什么]
        evidenceDone: [截图了]
        evidenceNotYet: [还没]
        taskDone: [做好了]
        moneyBack: [钱回来了]
        crisis: [不想活了]
        crisisNotMeant: [没有不想活]
        intensifiers: [真]
        upset: [急死了]
        ready: [准备好了]
        smallTalk:
          thanks: [谢谢]
          greeting: [你好]
          ping: [在吗]
        questions:
          sue: [起诉]
          identity: [真实姓名]
          human: [真人吗]
          chances: [能要回来吗]
        unsure: [不知道]
        mistakes:
          wrongRecipient: [转错人]
          wrongAmount: [多转了]
        purposes:
          gift: [礼物]
          owed: [房租]

        """;

    public const string LexiconEn = """
        affirmative: [yes, right]
        kinds:
          transfer: [transfer]
          redPacket: [red packet]
          groupRedPacket: [group red packet]
          faceToFaceRedPacket: [face-to-face red packet]
          qrPersonal: [qr code]
          merchant: [merchant]
          bankCard: [bank card]
        recipientActions:
          notAccepted: [not accepted]
          accepted: [accepted]
          returned: [returned]
          blocked: [blocked]
          unknown: [not sure]
        reasons:
          mistake: [mistake]
          fraud: [scam]
          merchantDispute: [won't refund]
        stepOutcomes:
          worked: [it worked]
          waiting: [waiting]
          failed: [failed]
        commands:
          help: [help]
          restart: [start over]
        fraudSignals: [verification code]
        sensitiveOffers: [password is]
        negative: ["no"]
        howToFind: [where]
        correctionCues: [actually]
        negators: [not]
        notNegations: [not sure]
        reportedSpeech: [he says]
        kindHints:
          transfer: [paid him directly]
        recipientActionHints:
          unknown: [no idea]
        groupContext: [group]
        exclusiveMarkers: [exclusive]
        personalMarkers: [personal]
        contrastMarkers: [but]
        negationBarriers: [and]
        intentMarkers: [meant to]
        outcomeMarkers: [instead]
        impersonatedRoles: [boss]
        identityClaims: [claiming to be]
        trailingNegators: [nobody did]
        notNumbers: [the one]
        notAnswering: [no reply]
        vagueInside: [few]
        vagueBefore: [over]
        vagueAfter: [-odd]
        advice:
          why: [why]
        evidenceDone: [saved]
        evidenceNotYet: [not yet]
        taskDone: [done]
        moneyBack: [money is back]
        crisis: [want to die]
        crisisNotMeant: [not suicidal]
        intensifiers: [really]
        upset: [panicking]
        ready: [ready]
        smallTalk:
          thanks: [thanks]
          greeting: [hello]
          ping: [are you there]
        questions:
          sue: [sue]
          identity: [real name]
          human: [are you a bot]
          chances: [will i get it back]
        unsure: [skip]
        mistakes:
          wrongRecipient: [wrong person]
          wrongAmount: [overpaid]
        purposes:
          gift: [gift]
          owed: [rent]

        """;

    public const string Fees = """
        filingFee:
          article: Art. 13
          facts: [F1]
          confidence: high
          bands:
            - {upTo: 10000, fixed: 50}
            - {upTo: 100000, rate: 0.025}
            - {rate: 0.02}
        preservationFee:
          facts: [F1]
          confidence: high
          bands:
            - {upTo: 1000, fixed: 30}
            - {rate: 0.01}
          cap: 5000
        simplifiedProcedure: {share: 0.5, facts: [F1], confidence: high}
        smallClaims: {share: 0.5, facts: [F1], confidence: medium}
        preSuitSecurity: {share: 1, facts: [F1], confidence: high}
        inSuitSecurityMax: {share: 0.3, facts: [F1], confidence: high}
        """;

    public const string Deadlines = """
        - id: auto-refund
          facts: [A1]
          confidence: high
          when:
            kind: [transfer]
          from: sentAt
          after: 24h
          text:
            zh-CN:
              upcoming: 钱会在{date}左右退回。
            en-US:
              upcoming: The money comes back around {date}.
        """;

    public const string Evidence = """
        - id: bill-details
          facts: [A1]
          confidence: high
          text:
            zh-CN: {label: 账单截图, detail: 打开账单截图, source: 付款人的微信账单}
            en-US: {label: Bill screenshot, detail: open the bill and take a screenshot, source: the payer's WeChat bill}
          says:
            zh-CN: [账单]
            en-US: [bill]
        """;

    public const string Risks = """
        - id: verification-code
          facts: [F1]
          confidence: high
          says:
            zh-CN: [验证码]
            en-US: [verification code]
          warning:
            zh-CN: 不要给验证码。
            en-US: Never give a code.
        """;

    public const string RequestDocument = """
        id: request
        confidence: high
        facts: [A1]
        says:
          zh-CN: [还款请求]
          en-US: [written request]
        blanks:
          name:
            zh-CN: {mark: 【对方姓名】, hint: 看电子凭证}
            en-US: {mark: "[their name]", hint: see the e-voucher}
        text:
          zh-CN:
            title: 还款请求
            file: 还款请求.txt
            body: "{name}：请退还{amount}。"
          en-US:
            title: Written request
            file: request.txt
            body: "{name}: please return {amount}."
        """;

    public KnowledgeFolderBuilder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "knowledge-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "steps"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "documents"));
        Write("facts.yaml", Facts);
        Write("source-links.yaml", SourceLinks);
        Write("steps/check-status.yaml", CheckStatus);
        Write("steps/police-report.yaml", PoliceReport);
        Write("steps/wait-auto-refund.yaml", WaitAutoRefund);
        Write("steps/beware-recovery-scams.yaml", BewareRecoveryScams);
        Write("rules.yaml", Rules);
        Write("tips.yaml", Tips);
        Write("wrong-claims.yaml", WrongClaims);
        Write("strings.zh-CN.yaml", StringsZh);
        Write("strings.en-US.yaml", StringsEn);
        Write("lexicon.zh-CN.yaml", LexiconZh);
        Write("lexicon.en-US.yaml", LexiconEn);
        Write("fees.yaml", Fees);
        Write("deadlines.yaml", Deadlines);
        Write("evidence.yaml", Evidence);
        Write("risks.yaml", Risks);
        Write("documents/request.yaml", RequestDocument);
    }

    public string Directory { get; }

    public KnowledgeFolderBuilder Write(string relativePath, string content)
    {
        File.WriteAllText(Path.Combine(Directory, relativePath), content);
        return this;
    }

    public KnowledgeFolderBuilder Delete(string relativePath)
    {
        File.Delete(Path.Combine(Directory, relativePath));
        return this;
    }

    public KnowledgeBase Load() => KnowledgeBase.Load(Directory);

    /// <summary>The errors loading reports; fails the test if loading succeeds.</summary>
    public IReadOnlyList<KnowledgeError> Errors() =>
        Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Load(Directory)).Errors;

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
