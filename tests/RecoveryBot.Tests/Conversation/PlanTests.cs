using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>One conversation per row family of the decision matrix (wechat-facts.md M1–M7), in both languages.</summary>
public class PlanTests
{
    private static RecoveryPlanContract PlanFor(string locale, string opening, string confirm)
    {
        var client = new ConversationTestClient(locale);
        client.Send(opening);
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
        client.Send(confirm);
        return client.Plan ?? throw new Xunit.Sdk.XunitException("no plan was presented");
    }

    private static string[] Ids(RecoveryPlanContract plan) => [.. plan.Steps.Select(s => s.Id)];

    [Theory]
    [InlineData("zh-CN", "我三个小时前转错了500块给一个不认识的人，他还没收款", "对")]
    [InlineData("en-US", "Three hours ago I transferred 500 yuan to the wrong person by mistake and they haven't accepted it", "yes")]
    public void Transfer_NotAcceptedWithin24h_AsksRecipientToTapReturnAndWaitsForRefund(string locale, string opening, string confirm)
    {
        var plan = PlanFor(locale, opening, confirm);

        var ids = Ids(plan);
        Assert.Contains("ask-recipient-return", ids);
        Assert.Contains("wait-auto-refund", ids);
        Assert.DoesNotContain("police-report", ids);
        Assert.DoesNotContain("recall-face-to-face", ids);
        var refund = plan.Steps.Single(s => s.Id == "wait-auto-refund");
        Assert.Equal(plan.Situation.SentAt!.Value.AddHours(24), refund.Due);
        Assert.Equal(TimeSpan.FromHours(8), plan.Situation.SentAt!.Value.Offset);
    }

    [Fact]
    public void Transfer_NotAcceptedWithin24h_PlanTextGivesTheRefundMomentInLocalTime()
    {
        var client = new ConversationTestClient();
        client.SendAll("我三个小时前转错了500块给一个不认识的人，他还没收款", "对");

        var planMessage = client.LastReplies.Single(r => r.Plan is not null);

        Assert.Contains("明天 17:15", planMessage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "昨天晚上8点我转错了两千块给别人，他已经收了", "对")]
    [InlineData("en-US", "Yesterday at 8pm I transferred 2000 yuan to the wrong person by mistake and they already accepted it", "yes")]
    public void Transfer_AcceptedByMistake_AsksToSendItBackAndNeverOffersReturnButton(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Contains("ask-recipient-send-back", ids);
        Assert.DoesNotContain("ask-recipient-return", ids);
        Assert.DoesNotContain("wait-auto-refund", ids);
        Assert.DoesNotContain("police-report", ids);
    }

    [Theory]
    [InlineData("zh-CN", "半小时前我被骗了，对方冒充客服让我转账3000元，他已经收款了", "对")]
    [InlineData("en-US", "Half an hour ago I was scammed: someone posing as customer service made me transfer 3000 yuan and they accepted it", "yes")]
    public void Transfer_Fraud_PutsPoliceFirstAndRecoveryScamWarningLast(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Equal("police-report", ids[0]);
        Assert.Equal("beware-recovery-scams", ids[^1]);
    }

    [Theory]
    [InlineData("zh-CN", "一个小时前我发错了一个200元的红包，对方还没领", "对")]
    [InlineData("en-US", "An hour ago I sent a 200 yuan red packet to the wrong person by mistake, not opened yet", "yes")]
    public void RedPacket_NotOpenedWithin24h_WaitsForRefundWithoutRecall(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Contains("wait-auto-refund", ids);
        Assert.DoesNotContain("recall-face-to-face", ids);
        Assert.DoesNotContain("ask-recipient-return", ids);
        Assert.DoesNotContain("lawsuit", ids.Take(2));
    }

    [Theory]
    [InlineData("zh-CN", "刚才发了一个面对面红包，50元，发错了，还没人领", "对")]
    [InlineData("en-US", "Just now I sent a face-to-face red packet of 50 yuan by mistake, nobody has claimed it, not opened yet", "yes")]
    public void FaceToFaceRedPacket_NotClaimed_RecallsItFirst(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Equal("recall-face-to-face", ids[0]);
    }

    [Theory]
    [InlineData("zh-CN", "今天下午两点在群里发错了拼手气红包，100元，已经被领了", "对")]
    [InlineData("en-US", "This afternoon at 2pm I sent a group red packet of 100 yuan to the wrong group by mistake, already opened", "yes")]
    public void GroupRedPacket_OpenedByMistake_AsksMembersToSendItBack(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Contains("ask-recipient-send-back", ids);
        Assert.DoesNotContain("police-report", ids);
    }

    [Theory]
    [InlineData("zh-CN", "昨天晚上9点扫了对方的收款码，付错了80元，对方还没退", "对")]
    [InlineData("en-US", "Yesterday at 9pm I scanned a personal QR code and paid 80 yuan by mistake, not returned", "yes")]
    public void PersonalQrCode_PaidByMistake_AsksPayeeToSendItBack(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Contains("ask-recipient-send-back", ids);
        Assert.DoesNotContain("wait-auto-refund", ids);
    }

    [Theory]
    [InlineData("zh-CN", "11月20日网购付给商家399元，商家不发货，钱也没退给我", "对")]
    [InlineData("en-US", "On Nov 20 I paid a merchant 399 yuan for an online order, they didn't ship and haven't refunded me", "yes")]
    public void Merchant_Dispute_AsksMerchantThenComplaintsThen12315(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Contains("merchant-refund", ids);
        Assert.Contains("merchant-complaint", ids);
        Assert.Contains("consumer-complaint-12315", ids);
        Assert.True(Array.IndexOf(ids, "merchant-refund") < Array.IndexOf(ids, "merchant-complaint"));
        Assert.DoesNotContain("police-report", ids);
    }

    [Theory]
    [InlineData("zh-CN", "两个小时前被骗子骗了，转到银行卡5000元", "对")]
    [InlineData("en-US", "Two hours ago a scammer got me to send 5000 yuan to a bank card", "yes")]
    public void BankCard_Fraud_PutsPoliceFirst(string locale, string opening, string confirm)
    {
        var client = new ConversationTestClient(locale);
        client.Send(opening);
        var plan = client.AnswerUntilPlan(new Dictionary<Slot, string>
        {
            [Slot.RecipientAction] = locale == "zh-CN" ? "不知道" : "I don't know",
            [Slot.Confirm] = confirm,
        });

        Assert.NotNull(plan);
        Assert.Equal("police-report", plan.Steps[0].Id);
    }

    [Theory]
    [InlineData("zh-CN", "前天给朋友转错了300元，他已经退还了", "对")]
    [InlineData("en-US", "Two days ago I transferred 300 yuan to a friend by mistake, they returned it already", "yes")]
    public void Returned_ChecksTheMoneyArrived(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Equal("check-status", ids[0]);
        Assert.DoesNotContain("lawsuit", ids);
    }

    [Theory]
    [InlineData("zh-CN", "前天给朋友转错了300元，他一直没收款", "对")]
    [InlineData("en-US", "Two days ago I transferred 300 yuan to the wrong person by mistake, it was never accepted", "yes")]
    public void Transfer_NotAcceptedAfter24h_ChecksTheAutomaticRefund(string locale, string opening, string confirm)
    {
        var ids = Ids(PlanFor(locale, opening, confirm));

        Assert.Equal("check-status", ids[0]);
        Assert.DoesNotContain("ask-recipient-return", ids);
    }

    [Fact]
    public void PlanMessage_CarriesTheSituationInThePlanContract()
    {
        var plan = PlanFor("zh-CN", "我三个小时前转错了500块给一个不认识的人，他还没收款", "对");

        Assert.Equal(new SituationContract(PaymentKind.Transfer, plan.Situation.SentAt, 500m, "CNY", RecipientAction.NotAccepted, Reason.Mistake), plan.Situation);
        Assert.All(plan.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
    }
}
