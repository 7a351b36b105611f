using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Risky statements interrupt with their own warning first, wherever the conversation is.</summary>
public class SafetyInterruptTests
{
    [Fact]
    public void FeeDemand_InTheMiddleOfTheAmountQuestion_WarnsFirstAndTakesNothingFromIt()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");
        var sentAt = client.State.Case.SentAt;

        var replies = client.Send("等一下，刚才有人打电话说能帮你追回，要先交500保证金");

        Assert.Contains("第二次诈骗", replies[0].Text, StringComparison.Ordinal);
        Assert.Null(client.State.Case.Amount);
        Assert.Equal(sentAt, client.State.Case.SentAt);
        Assert.Equal(Slot.Amount, replies[^1].Expecting);
    }

    [Fact]
    public void ScreenShare_WhileWalkingThePlan_WarnsAndKeepsThePlan()
    {
        var client = AdviceDialogTests.AtStep(2);
        var before = client.State;

        var replies = client.Send("刚才有个客服打电话，让我下载腾讯会议开屏幕共享");

        Assert.Contains("不要和任何人共享屏幕", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("110", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(before.Case, client.State.Case);
        Assert.Equal(before.PlanStepIds, client.State.PlanStepIds);
        Assert.Equal(before.CurrentStep, client.State.CurrentStep);
        Assert.Contains("第2步", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
    }

    [Theory]
    [InlineData("someone called saying they will cancel my million yuan protection or I get charged", "never needs \"cancelling\"")]
    [InlineData("they want me to move my savings to a safe account", "no such thing as a \"safe account\"")]
    [InlineData("the bank asked for the verification code they just texted me", "A verification code is for you alone")]
    public void RiskyStatement_DuringTheSummary_WarnsThenAsksToConfirmAgain(string text, string warning)
    {
        var client = new ConversationTestClient("en-US");
        client.Send("Yesterday at 8pm I transferred 2000 yuan to the wrong person by mistake and they already accepted it");

        var replies = client.Send(text);

        Assert.Contains(warning, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Phase.Confirming, client.State.Phase);
        Assert.Equal(Reason.Mistake, client.State.Case.Reason);
        Assert.Equal(Slot.Confirm, replies[^1].Expecting);
    }

    [Fact]
    public void MillionProtectionCall_AfterThePlanIsDone_StillWarns()
    {
        var client = AdviceDialogTests.AtStep(1);
        client.Send("成功了");
        Assert.Equal(Phase.Finished, client.State.Phase);

        var replies = client.Send("又有人打电话说百万保障要扣费");

        Assert.Contains("“百万保障”是免费的", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Phase.Finished, client.State.Phase);
    }

    [Fact]
    public void RiskyOpening_IsStillReadForTheStory()
    {
        var client = new ConversationTestClient();

        var replies = client.Send("对方冒充公安说我涉嫌洗钱，让我把5000元转到安全账户");

        Assert.Contains("安全账户", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("公安、检察院和法院不会在电话里办案", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Reason.Fraud, client.State.Case.Reason);
        Assert.Equal(new Money(5000m, "CNY"), client.State.Case.Amount);
    }

    [Fact]
    public void EveryRisk_IsRecognisedByItsOwnPhrasesInBothLanguages()
    {
        foreach (var risk in ConversationTestClient.Knowledge.Risks)
        {
            foreach (var (language, phrases) in risk.Phrases)
            {
                var client = new ConversationTestClient(language.Tag());
                var warning = risk.Warnings[language];
                var replies = client.Send(phrases[0]);

                Assert.True(replies[0].Text.Contains(warning, StringComparison.Ordinal), $"risk '{risk.Id}' not warned for \"{phrases[0]}\"");
            }
        }
    }

    [Theory]
    [InlineData("我转错了500块给别人，三个小时前，他已经收了，帮我追回")]
    [InlineData("三个小时前转错了500块，对方已经收款了，我想追款")]
    public void AskingTheBotForHelp_IsNeitherARiskNorFraud(string text)
    {
        var client = new ConversationTestClient();

        var replies = client.Send(text);

        Assert.Equal(Reason.Mistake, client.State.Case.Reason);
        Assert.DoesNotContain(replies, r => r.Text.Contains("骗局", StringComparison.Ordinal) || r.Text.Contains("诈骗", StringComparison.Ordinal));
    }
}
