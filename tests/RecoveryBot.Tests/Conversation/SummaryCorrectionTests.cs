using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>A correction at the summary that names the wrong and the right value applies the right one.</summary>
public class SummaryCorrectionTests
{
    private const string OpeningZh = "我三个小时前转错了500块给一个不认识的人，他还没收款";
    private const string OpeningEn = "3 hours ago I transferred 500 yuan to the wrong person by mistake and they haven't accepted it yet";

    [Theory]
    [InlineData("不是500，是5000")]
    [InlineData("不是500是5000")]
    [InlineData("是5000，不是500")]
    [InlineData("应该是5000不是500")]
    public void NamingTheWrongAndTheRightAmount_AppliesTheRightOne_Chinese(string correction)
    {
        var client = new ConversationTestClient();
        client.Send(OpeningZh);

        var replies = client.Send(correction);

        Assert.Equal(new Money(5000m, "CNY"), client.State.Case.Amount);
        Assert.Contains(replies, r => r.Text.Contains("5000元", StringComparison.Ordinal) && r.Text.Contains("更新", StringComparison.Ordinal));
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
    }

    [Theory]
    [InlineData("not 500, it was 5000")]
    [InlineData("no, not 500 but 5000")]
    [InlineData("it was 5000, not 500")]
    public void NamingTheWrongAndTheRightAmount_AppliesTheRightOne_English(string correction)
    {
        var client = new ConversationTestClient("en-US");
        client.Send(OpeningEn);

        var replies = client.Send(correction);

        Assert.Equal(new Money(5000m, "CNY"), client.State.Case.Amount);
        Assert.Contains(replies, r => r.Text.Contains("updated", StringComparison.Ordinal));
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
    }

    [Theory]
    [InlineData("zh-CN", "不是转账是红包")]
    [InlineData("zh-CN", "不是转账，而是红包")]
    [InlineData("zh-CN", "应该是红包，不是转账")]
    [InlineData("en-US", "it wasn't a transfer it was a red packet")]
    [InlineData("en-US", "not a transfer, it was a red packet")]
    [InlineData("en-US", "it was a red packet, not a transfer")]
    public void NamingTheWrongAndTheRightKind_AppliesTheRightOne(string locale, string correction)
    {
        var client = new ConversationTestClient(locale);
        client.Send(locale == "zh-CN" ? OpeningZh : OpeningEn);

        client.Send(correction);

        Assert.Equal(PaymentKind.RedPacket, client.State.Case.Kind);
    }

    [Theory]
    [InlineData("zh-CN", "不是红包是转账")]
    [InlineData("en-US", "it wasn't a red packet it was a transfer")]
    public void NamingTheWrongAndTheRightKind_AppliesTheRightOne_WhicheverWordIsLonger(string locale, string correction)
    {
        var client = new ConversationTestClient(locale);
        client.Send(locale == "zh-CN" ? "我三个小时前发错了一个100块的红包，对方还没领" : "3 hours ago I sent a 100 yuan red packet by mistake and they haven't opened it");
        Assert.Equal(PaymentKind.RedPacket, client.State.Case.Kind);

        client.Send(correction);

        Assert.Equal(PaymentKind.Transfer, client.State.Case.Kind);
    }

    [Theory]
    [InlineData("zh-CN", "应该是昨天不是今天")]
    [InlineData("zh-CN", "不是今天，是昨天")]
    [InlineData("en-US", "it was yesterday, not today")]
    [InlineData("en-US", "not today, it was yesterday")]
    public void NamingTheWrongAndTheRightDay_AppliesTheRightOne(string locale, string correction)
    {
        var client = new ConversationTestClient(locale);
        client.Send(locale == "zh-CN" ? OpeningZh : OpeningEn);

        client.Send(correction);

        Assert.Equal(client.LocalNow.Date.AddDays(-1), client.State.Case.SentAt!.Value.Date);
        Assert.Equal(new Money(500m, "CNY"), client.State.Case.Amount);
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
    }

    [Theory]
    [InlineData("zh-CN", "不是发错了，是被骗了")]
    [InlineData("en-US", "it wasn't a mistake, it was a scam")]
    public void NamingTheWrongAndTheRightReason_AppliesTheRightOne(string locale, string correction)
    {
        var client = new ConversationTestClient(locale);
        client.Send(locale == "zh-CN" ? OpeningZh : OpeningEn);

        client.Send(correction);

        Assert.Equal(Reason.Fraud, client.State.Case.Reason);
    }

    [Theory]
    [InlineData("zh-CN", "他还没收款")]
    [InlineData("en-US", "he has not accepted it yet")]
    public void ANegationWithoutAnAffirmedValue_KeepsItsMeaning(string locale, string restated)
    {
        var client = new ConversationTestClient(locale);
        client.Send(locale == "zh-CN" ? OpeningZh : OpeningEn);

        client.Send(restated);

        Assert.Equal(RecipientAction.NotAccepted, client.State.Case.RecipientAction);
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
    }
}
