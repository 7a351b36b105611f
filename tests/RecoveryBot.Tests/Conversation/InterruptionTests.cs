using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

public class InterruptionTests
{
    [Fact]
    public void UserJoined_GetsOneWelcomeThatPromisesNeverToAskForSecrets()
    {
        var client = new ConversationTestClient();

        var first = client.Join();
        var repeated = client.Join();

        var welcome = Assert.Single(first);
        Assert.Contains("验证码", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("律师", welcome.Text, StringComparison.Ordinal);
        Assert.NotEmpty(welcome.SuggestedActions);
        Assert.Empty(repeated);
    }

    [Fact]
    public void Help_InTheMiddleOfAQuestion_ExplainsAndAsksTheSameQuestionAgain()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");

        var replies = client.Send("帮助");

        Assert.Equal(2, replies.Count);
        Assert.Equal(Slot.Amount, replies[^1].Expecting);
        Assert.Equal(PaymentKind.Transfer, client.State.Case.Kind);
    }

    [Fact]
    public void Restart_ForgetsTheCaseButKeepsTheLanguage()
    {
        var client = new ConversationTestClient("zh-CN");
        client.SendAll("I transferred money to the wrong person", "3 hours ago");

        client.Send("start over");

        Assert.Equal(RecoveryCase.Empty, client.State.Case);
        Assert.Equal(Language.EnUs, client.State.Language);
        Assert.Equal(Slot.Kind, client.LastReply.Expecting);
    }

    [Fact]
    public void Cancel_EndsTheConversationAndTheNextStoryStartsAfresh()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "取消");
        Assert.Equal(Phase.Finished, client.State.Phase);

        client.Send("我发错了一个红包");

        Assert.Equal(PaymentKind.RedPacket, client.State.Case.Kind);
        Assert.Equal(Phase.Collecting, client.State.Phase);
    }

    [Fact]
    public void LongMessageMentioningHelp_IsReadAsAStoryNotAsACommand()
    {
        var client = new ConversationTestClient("en-US");

        client.Send("please help, I transferred 50 yuan to the wrong person an hour ago");

        Assert.Equal(PaymentKind.Transfer, client.State.Case.Kind);
        Assert.Equal(new Money(50m, "CNY"), client.State.Case.Amount);
    }

    [Theory]
    [InlineData("zh-CN", "对方冒充客服，让我开屏幕共享，然后把钱转走了", "110")]
    [InlineData("zh-CN", "我做刷单任务被骗了两千块", "110")]
    [InlineData("en-US", "Someone pretending to be police told me to move money to a safe account", "110")]
    public void FraudSignal_AnywhereInTheOpening_WarnsUrgentlyBeforeAnythingElse(string locale, string text, string policeNumber)
    {
        var client = new ConversationTestClient(locale);

        var replies = client.Send(text);

        Assert.Contains(policeNumber, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Reason.Fraud, client.State.Case.Reason);
        Assert.True(client.State.FraudSignalsSeen);
    }

    [Fact]
    public void FraudSignal_WarnsOnlyOnce()
    {
        var client = new ConversationTestClient();
        client.Send("我被骗了");

        var replies = client.Send("被骗的是转账");

        Assert.DoesNotContain(replies, r => r.Text.Contains("110", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("我的验证码是 482913")]
    [InlineData("卡号是6222 0212 3456 7890 123")]
    [InlineData("my password is hunter2")]
    public void OfferedSecret_GetsAWarningFirst(string text)
    {
        var client = new ConversationTestClient();

        var replies = client.Send(text);

        var warning = client.State.Language == Language.EnUs ? "verification codes" : "验证码";
        Assert.Contains(warning, replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferedCode_WhileAskingForTheAmount_IsNeverTakenAsTheAmount()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");

        var replies = client.Send("验证码是482913");

        Assert.Null(client.State.Case.Amount);
        Assert.Equal(Slot.Amount, replies[^1].Expecting);
        Assert.False(client.State.FraudSignalsSeen);
    }

    [Fact]
    public void EmptyMessage_GetsAGentleAskForWords()
    {
        var client = new ConversationTestClient();

        var replies = client.Send("   ");

        Assert.Equal(Slot.Kind, replies[^1].Expecting);
        Assert.True(replies.Count >= 2);
    }

    [Fact]
    public void MessageCutByTheHost_SaysSoAndReadsTheStart()
    {
        var client = new ConversationTestClient();

        var replies = client.SendCut("我转账转错人了" + new string('啊', TurnInput.DefaultMaxTextLength - 7));

        Assert.Equal(ConversationTestClient.Text("zh-CN", "tooLong"), replies[0].Text);
        Assert.Equal(PaymentKind.Transfer, client.State.Case.Kind);
        Assert.True(replies.Count >= 2);
    }

    [Theory]
    [InlineData("我转错了钱", "en-US", Language.ZhCn)]
    [InlineData("what now", "zh-CN", Language.EnUs)]
    [InlineData("500", "en-US", Language.EnUs)]
    [InlineData(null, null, Language.ZhCn)]
    public void Apology_FollowsTheLanguageOfTheTextThenTheLocale(string? text, string? locale, Language expected)
    {
        var conversation = new RecoveryConversation(ConversationTestClient.Knowledge, TimeProvider.System);

        var apology = conversation.Apologize(new TurnInput(InputKind.Message, text, locale));

        Assert.Equal(expected, apology.Language);
        Assert.False(string.IsNullOrWhiteSpace(apology.Text));
    }
}
