using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Knowledge;

public class WrongClaimDetectorTests
{
    [Theory]
    [InlineData("你可以在2分钟内撤回红包。", "red-packet-recall")]
    [InlineData("你可以在2分钟内撤回红包。", "timed-recall")]
    [InlineData("转账后发送方可以撤回。", "transfer-sender-recall")]
    [InlineData("对方没收款之前，你可以撤回这笔转账。", "transfer-sender-recall")]
    [InlineData("The sender can cancel a transfer that has not been accepted.", "transfer-sender-recall")]
    [InlineData("百万保障年费18元。", "paid-million-guarantee")]
    [InlineData("挽回概率70%。", "invented-statistics")]
    [InlineData("这种情况追回率低于10%。", "invented-statistics")]
    [InlineData("There is a 70% chance you will recover the money.", "invented-statistics")]
    [InlineData("对方领了红包也可以点退还。", "red-packet-return-button")]
    [InlineData("Tell them to tap the return button on the red packet.", "red-packet-return-button")]
    [InlineData("交易记录会同步到央行征信系统。", "credit-system-blockchain")]
    [InlineData("诈骗立案标准是5000元。", "fraud-filing-threshold")]
    [InlineData("商家只能在7天内退款。", "merchant-refund-seven-days")]
    [InlineData("马上打开飞行模式，交易就会中断。", "force-quit-trick")]
    [InlineData("Turn off your Wi-Fi to stop the payment.", "force-quit-trick")]
    [InlineData("告诉他再不还钱就构成侵占罪。", "criminal-threat-for-mistake")]
    [InlineData("95017客服可以强制退回这笔钱。", "customer-service-forces-return")]
    [InlineData("WeChat Pay will force the recipient to return it.", "customer-service-forces-return")]
    [InlineData("投诉对方账号就能把钱追回来。", "account-report-returns-money")]
    [InlineData("杭州互联网法院判过类似案子。", "invented-court-case")]
    public void Detector_CatchesSeededWrongSentence(string sentence, string claimId)
    {
        var matches = RealKnowledge.Base.FindWrongClaims(sentence);

        Assert.Contains(matches, match => match.Claim.Id == claimId);
    }

    [Theory]
    [InlineData("转账无法撤回。")]
    [InlineData("转账发出后不能撤回，只能请对方点“立即退还”。")]
    [InlineData("红包没有退还按钮。")]
    [InlineData("只有面对面红包可以收回。")]
    [InlineData("红包不能撤回，24小时后没人领会自动退回。")]
    [InlineData("客服可以记录并联系对方，但不能在未经对方同意或依法冻结的情况下直接扣款。")]
    [InlineData("投诉能让账号被封，但不会把钱退给你。")]
    [InlineData("“百万保障”是免费的，不会扣钱。")]
    [InlineData("不一定能追回，但越早报警越好。")]
    [InlineData("不管金额大小都要报警。")]
    [InlineData("商家在付款后365天内都可以退款。")]
    [InlineData("网购的商品一般可以7天无理由退货。")]
    [InlineData("A transfer cannot be recalled by the sender.")]
    [InlineData("Red packets have no return button.")]
    [InlineData("Only a face-to-face red packet can be taken back.")]
    [InlineData("WeChat's 百万保障 is free.")]
    [InlineData("Customer service can record the case, but it cannot take money from them without consent.")]
    public void Detector_LeavesCorrectSentenceAlone(string sentence)
    {
        var matches = RealKnowledge.Base.FindWrongClaims(sentence);

        Assert.Empty(matches.Select(m => $"{m.Claim.Id}: {m.Matched}"));
    }

    [Fact]
    public void RealFolder_NoStepTextRepeatsAWrongClaim()
    {
        foreach (var step in RealKnowledge.Base.Steps.Values)
        {
            foreach (var kind in Enum.GetValues<PaymentKind>())
            {
                foreach (var language in Enum.GetValues<Language>())
                {
                    var text = step.TextFor(language, kind);
                    var all = string.Join("\n", text.Title, text.Summary, text.Instructions, text.Script, text.Caveat);
                    Assert.Empty(RealKnowledge.Base.FindWrongClaims(all).Select(m => $"{step.Id}/{kind}/{language}: {m.Claim.Id}: {m.Sentence}"));
                }
            }
        }
    }

    [Fact]
    public void RealFolder_NoTipOrStringRepeatsAWrongClaim()
    {
        var texts = RealKnowledge.Base.Tips.SelectMany(tip => tip.Texts.Values)
            .Concat(Enum.GetValues<Language>().SelectMany(language =>
            {
                var catalog = RealKnowledge.Base.Strings(language);
                return catalog.Keys.SelectMany(catalog.GetList);
            }));

        Assert.All(texts, text => Assert.Empty(RealKnowledge.Base.FindWrongClaims(text).Select(m => $"{m.Claim.Id}: {m.Sentence}")));
    }

    [Fact]
    public void Match_ReportsTheSentenceAndTheMatchedText()
    {
        var match = Assert.Single(
            RealKnowledge.Base.FindWrongClaims("请先截图保存。转账后发送方可以撤回。谢谢。"),
            m => m.Claim.Id == "transfer-sender-recall");

        Assert.Equal("转账后发送方可以撤回", match.Sentence);
        Assert.Contains("可以撤回", match.Matched, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySeedClaimOfTheAudit_HasADetector()
    {
        string[] expected =
        [
            "transfer-sender-recall", "red-packet-recall", "timed-recall", "red-packet-return-button",
            "invented-statistics", "paid-million-guarantee", "credit-system-blockchain", "fraud-filing-threshold",
            "merchant-refund-seven-days", "force-quit-trick", "unclaimed-red-packet-goes-to-recipient",
            "accepted-transfer-in-bank-account", "delay-setting-covers-red-packets", "user-cancels-merchant-payment",
            "lawsuit-minimum-amount", "arbitration-triple-damages", "digital-goods-seven-day-return",
            "report-within-24-hours", "customer-service-refuses-mistakes", "invented-court-case",
            "invented-agreement-clause", "security-lock-per-payment-face-scan", "preservation-fee-range",
            "unjust-enrichment-needs-intent", "exclusive-red-packet-is-transfer",
        ];

        Assert.Subset(RealKnowledge.Base.WrongClaims.Select(c => c.Id).ToHashSet(), expected.ToHashSet());
    }

    [Fact]
    public void EveryClaim_HasPatternsInBothLanguages()
    {
        Assert.All(RealKnowledge.Base.WrongClaims, claim =>
        {
            Assert.Contains(claim.Patterns, p => p.Language == Language.ZhCn);
            Assert.Contains(claim.Patterns, p => p.Language == Language.EnUs);
        });
    }
}
