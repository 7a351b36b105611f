using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

public class SlotFillingTests
{
    [Fact]
    public void Opening_WithAllFiveSlots_GoesStraightToConfirmation()
    {
        var client = new ConversationTestClient();

        client.Send("我三个小时前转错了500块给一个不认识的人，他还没收款");

        var known = client.State.Case;
        Assert.Equal(PaymentKind.Transfer, known.Kind);
        Assert.Equal(new Money(500m, "CNY"), known.Amount);
        Assert.Equal(RecipientAction.NotAccepted, known.RecipientAction);
        Assert.Equal(Reason.Mistake, known.Reason);
        Assert.Equal(client.LocalNow.AddHours(-3), known.SentAt);
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
        Assert.Equal(Phase.Confirming, client.State.Phase);
    }

    [Fact]
    public void EnglishOpening_WithAllFiveSlots_GoesStraightToConfirmationInEnglish()
    {
        var client = new ConversationTestClient("en-US");

        client.Send("Two hours ago I transferred 300 yuan to the wrong person by mistake, they haven't accepted it yet");

        var known = client.State.Case;
        Assert.Equal(PaymentKind.Transfer, known.Kind);
        Assert.Equal(new Money(300m, "CNY"), known.Amount);
        Assert.Equal(RecipientAction.NotAccepted, known.RecipientAction);
        Assert.Equal(Reason.Mistake, known.Reason);
        Assert.Equal(client.LocalNow.AddHours(-2), known.SentAt);
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
        Assert.Equal(Language.EnUs, client.LastReply.Language);
    }

    [Theory]
    [InlineData("zh-CN", "本来想转200，结果转成了2000，多按了一个零", 2000)]
    [InlineData("en-US", "I meant to transfer 50 yuan but sent 500 yuan", 500)]
    public void IntendedAndSentAmount_KeepsWhatWasSentAndReadsAMistakenTransfer(string locale, string opening, int sent)
    {
        var client = new ConversationTestClient(locale);

        client.Send(opening);

        var known = client.State.Case;
        Assert.Equal(new Money(sent, "CNY"), known.Amount);
        Assert.Equal(PaymentKind.Transfer, known.Kind);
        Assert.Equal(Reason.Mistake, known.Reason);
    }

    [Fact]
    public void Opening_WithKindOnly_AsksForTheTimeNextAndNeverForTheKind()
    {
        var client = new ConversationTestClient();

        client.Send("我红包发错了");

        Assert.Equal(PaymentKind.RedPacket, client.State.Case.Kind);
        Assert.Equal(Reason.Mistake, client.State.Case.Reason);
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);
        Assert.NotEmpty(client.LastReply.SuggestedActions);
    }

    [Fact]
    public void EveryQuestion_CarriesSuggestedActionsAndTheSlotItExpects()
    {
        var client = new ConversationTestClient();

        var asked = new List<BotReply> { client.Send("你好")[^1] };
        asked.Add(client.Send("转账")[^1]);
        asked.Add(client.Send("昨天晚上八点")[^1]);
        asked.Add(client.Send("两千五")[^1]);
        asked.Add(client.Send("还没收款")[^1]);

        Assert.Equal([Slot.Kind, Slot.SentAt, Slot.Amount, Slot.RecipientAction, Slot.Reason], asked.Select(r => r.Expecting!.Value));
        Assert.All(asked, reply => Assert.NotEmpty(reply.SuggestedActions));
        Assert.Equal(new Money(2500m, "CNY"), client.State.Case.Amount);
    }

    [Fact]
    public void ChineseMessage_WithEmulatorEnUsLocale_IsAnsweredInChinese()
    {
        var client = new ConversationTestClient("en-US");

        client.Send("我转账转错人了");

        Assert.Equal(Language.ZhCn, client.LastReply.Language);
        Assert.Equal(Language.ZhCn, client.State.Language);
    }

    [Fact]
    public void LanguageNeutralAnswer_KeepsTheConversationLanguage()
    {
        var client = new ConversationTestClient("en-US");
        client.SendAll("我转账转错人了", "三个小时前");

        client.Send("500");

        Assert.Equal(Language.ZhCn, client.LastReply.Language);
        Assert.Equal(new Money(500m, "CNY"), client.State.Case.Amount);
    }

    [Fact]
    public void RecipientQuestion_AnsweredWithPlainNo_MeansNotAcceptedForATransfer()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前", "五百块");

        client.Send("没有");

        Assert.Equal(RecipientAction.NotAccepted, client.State.Case.RecipientAction);
    }

    [Fact]
    public void BareDayOnTheRefundLine_AsksForTheTimeOfDay()
    {
        var client = new ConversationTestClient();

        client.Send("我昨天给朋友转错了两百块");

        Assert.Equal(SentAtPrecision.DayOnly, client.State.Case.SentAtPrecision);
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);
        client.Send("晚上九点");
        Assert.Equal(client.LocalNow.Date.AddDays(-1).AddHours(21), client.State.Case.SentAt!.Value.DateTime);
        Assert.Equal(Slot.RecipientAction, client.LastReply.Expecting);
    }

    [Fact]
    public void FutureTime_IsRefusedAndAskedAgain()
    {
        var client = new ConversationTestClient();
        client.Send("我转账转错人了");

        client.Send("明天");

        Assert.Null(client.State.Case.SentAt);
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);
    }

    [Fact]
    public void TwoAnswersThatFitNothing_GetAnExplanationWithExamples()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");
        var asked = client.LastReply.Text;

        var first = client.Send("嗯嗯嗯")[^1];
        var second = client.Send("不太清楚啊")[^1];

        Assert.Equal(Slot.Amount, first.Expecting);
        Assert.NotEqual(asked, first.Text);
        Assert.Equal(Slot.Amount, second.Expecting);
        Assert.Contains("账单", second.Text, StringComparison.Ordinal);
        Assert.Equal(2, client.State.Misses);
    }

    [Fact]
    public void RedPacketAboveTheLimit_IsPointedOutAsProbablyATransfer()
    {
        var client = new ConversationTestClient();

        var replies = client.Send("昨天晚上八点给他发了个2500元的红包，发错了，他还没领");

        Assert.Equal(Slot.Confirm, replies[^1].Expecting);
        Assert.Contains(replies, r => r.Text.Contains("200", StringComparison.Ordinal) && r.Text.Contains("转账", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_DescribesTheRecipientInTheWordsOfThePayment()
    {
        var client = new ConversationTestClient("en-US");

        var reply = client.Send("I paid a merchant 399 yuan on Nov 20 for an online order, they didn't ship and haven't refunded it")[^1];

        Assert.Contains("the merchant has not refunded you", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "我刚刚给一个人转了800块，转错了，他还没有确认收款", RecipientAction.NotAccepted)]
    [InlineData("zh-CN", "我转错了800块，他已经确认收款了", RecipientAction.Accepted)]
    [InlineData("zh-CN", "我转错了800块，他收了钱也不退", RecipientAction.Accepted)]
    [InlineData("en-US", "I transferred 800 yuan by mistake and it was not yet accepted", RecipientAction.NotAccepted)]
    [InlineData("en-US", "I transferred 800 yuan by mistake and they accepted it", RecipientAction.Accepted)]
    public void TakenPhrase_AfterANegation_MeansNotTakenYet(string locale, string text, RecipientAction expected)
    {
        var client = new ConversationTestClient(locale);

        client.Send(text);

        Assert.Equal(expected, client.State.Case.RecipientAction);
    }

    [Theory]
    [InlineData("0元")]
    [InlineData("99999999999999999999元")]
    public void ImplausibleAmount_IsAskedAgain(string answer)
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");

        client.Send(answer);

        Assert.Null(client.State.Case.Amount);
        Assert.Equal(Slot.Amount, client.LastReply.Expecting);
    }
}
