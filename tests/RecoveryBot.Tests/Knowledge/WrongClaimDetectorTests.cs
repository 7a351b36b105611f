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
    [InlineData("发出的转账在对方收款前可以撤回", "transfer-sender-recall")]
    [InlineData("如果对方还没收款，你可以撤回转账", "transfer-sender-recall")]
    [InlineData("你可以取消这笔转账", "transfer-sender-recall")]
    [InlineData("撤回转账的按钮在右上角", "transfer-sender-recall")]
    [InlineData("转账24小时内可以撤销", "transfer-sender-recall")]
    [InlineData("You may withdraw the transfer before it is accepted.", "transfer-sender-recall")]
    [InlineData("Senders can undo a transfer within a day.", "transfer-sender-recall")]
    [InlineData("红包可以在24小时内撤回", "red-packet-recall")]
    [InlineData("Red packets can be withdrawn within 24 hours.", "red-packet-recall")]
    [InlineData("收到红包的人可以退还红包", "red-packet-return-button")]
    [InlineData("发错的红包，对方领了之后也能退还", "red-packet-return-button")]
    [InlineData("Ask them to return the red packet with the Return button.", "red-packet-return-button")]
    [InlineData("客服会帮你把钱追回来", "customer-service-forces-return")]
    [InlineData("客服可以帮你冻结对方账户", "customer-service-forces-return")]
    [InlineData("95017 can get your money back.", "customer-service-forces-return")]
    [InlineData("Customer service can reverse the transfer.", "customer-service-forces-return")]
    [InlineData("九成的人都能要回钱", "invented-statistics")]
    [InlineData("报警后钱肯定能追回", "invented-statistics")]
    [InlineData("The police will definitely recover your money.", "invented-statistics")]
    [InlineData("Most victims get their money back.", "invented-statistics")]
    [InlineData("百万保障每年收费", "paid-million-guarantee")]
    [InlineData("The million-yuan guarantee has an annual fee.", "paid-million-guarantee")]
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
    [InlineData("客服可以记录这件事，也可能帮忙联系对方，但不能在未经对方同意或依法冻结的情况下直接扣款。")]
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
    [InlineData("对方收款前，你没法撤回转账")]
    [InlineData("你无法撤回转账，但可以请对方点立即退还")]
    [InlineData("转账发出后就撤不回了，能做的是请对方退还")]
    [InlineData("发送方不能撤回转账")]
    [InlineData("转账的钱能不能撤回？不能。")]
    [InlineData("网上说的“撤回转账”按钮并不存在。")]
    [InlineData("Can I recall a transfer? No.")]
    [InlineData("If your app shows a recall option for a transfer, you can use it, but we have not verified such a button.")]
    [InlineData("退还只对还没收款的转账有效，红包没有这个按钮。")]
    [InlineData("没人领的红包会自动退回，你什么都不用点。")]
    [InlineData("警方可以对收款账户紧急止付或冻结。")]
    [InlineData("The police can freeze the receiving account.")]
    [InlineData("A red packet can't be recalled, but an unopened one comes back after 24 hours.")]
    [InlineData("Only the recipient can return a pending transfer, by tapping 立即退还.")]
    [InlineData("客服不能强制对方退钱。")]
    [InlineData("We can't promise you'll get it back.")]
    [InlineData("面对面红包没人领时可以收回，其他红包不行。")]
    [InlineData("他打开这笔转账，点“立即退还”，钱会直接回到你的零钱。")]
    [InlineData("这件事已经完成了。")]
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
