using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Despair or self-harm gets care first, every time, wherever the conversation is; the recovery waits.</summary>
public class CrisisTests
{
    [Theory]
    [InlineData("zh-CN", "不想活了")]
    [InlineData("zh-CN", "活着没意思了")]
    [InlineData("zh-CN", "钱没了，我真的活不下去了")]
    [InlineData("zh-CN", "我想死")]
    [InlineData("zh-CN", "死了算了")]
    [InlineData("zh-CN", "我想跳楼")]
    [InlineData("zh-CN", "我有轻生的念头")]
    [InlineData("zh-CN", "我撑不下去了")]
    [InlineData("zh-CN", "活着真没意思了")]
    [InlineData("zh-CN", "我是真的不想活了")]
    [InlineData("en-US", "i really cant go on")]
    [InlineData("en-US", "I can't go on")]
    [InlineData("en-US", "I want to die")]
    [InlineData("en-US", "I don't want to live anymore")]
    [InlineData("en-US", "I'm going to kill myself")]
    [InlineData("en-US", "I just want to end it all")]
    [InlineData("en-US", "there is no reason to live now")]
    [InlineData("en-US", "I feel suicidal")]
    public void Crisis_DuringAmountQuestion_AnswersWithHotlineFirst(string locale, string text)
    {
        var client = AtAmountQuestion(locale);

        var replies = client.Send(text);

        Assert.Equal(ConversationTestClient.Text(locale, "crisis.care"), replies[0].Text);
        Assert.Contains("12356", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("110", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("120", replies[0].Text, StringComparison.Ordinal);
        Assert.All(replies, r => Assert.Null(r.Expecting));
        Assert.Equal([ConversationTestClient.Text(locale, "crisis.actions")], replies[0].SuggestedActions);
        Assert.True(client.State.WaitingUntilReady);
    }

    [Theory]
    [InlineData("zh-CN", "不想活了", "我准备好了")]
    [InlineData("en-US", "I want to die", "I'm ready")]
    public void Crisis_EveryTime_GetsTheCaringReplyAgainAndNoQuestion(string locale, string text, string ready)
    {
        var client = AtAmountQuestion(locale);
        client.Send(text);

        var again = client.Send(text);
        var resumed = client.Send(ready);

        Assert.Equal(ConversationTestClient.Text(locale, "crisis.care"), again[0].Text);
        Assert.All(again, r => Assert.Null(r.Expecting));
        Assert.Equal(ConversationTestClient.Text(locale, "crisis.resume"), resumed[0].Text);
        Assert.Equal(Slot.Amount, resumed[^1].Expecting);
        Assert.False(client.State.WaitingUntilReady);
    }

    [Theory]
    [InlineData("zh-CN", "我真的撑不下去了", "我准备好了", "第2步")]
    [InlineData("en-US", "I can't go on", "I'm ready", "Step 2")]
    public void Crisis_WhileWalkingThePlan_ThenReady_ResumesAtTheSameStep(string locale, string text, string ready, string step)
    {
        var client = AdviceDialogTests.AtStep(2, locale);
        var before = client.State;

        var care = client.Send(text);
        var resumed = client.Send(ready);

        Assert.Equal(ConversationTestClient.Text(locale, "crisis.care"), care[0].Text);
        Assert.DoesNotContain(care, r => r.Expecting is not null);
        Assert.Equal(before.PlanStepIds, client.State.PlanStepIds);
        Assert.Equal(before.CurrentStep, client.State.CurrentStep);
        Assert.Contains(resumed, r => r.Text.Contains(step, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Slot.StepOutcome, resumed[^1].Expecting);
    }

    [Fact]
    public void Crisis_InTheOpeningStory_KeepsTheStoryAndGivesThePoliceAdviceWhenReady()
    {
        var client = new ConversationTestClient();

        var care = client.Send("我被骗了5000块，不想活了");
        var resumed = client.Send("我准备好了");

        Assert.Equal(ConversationTestClient.Text("zh-CN", "crisis.care"), care[0].Text);
        Assert.DoesNotContain(care, r => r.Text.Contains("紧急止付", StringComparison.Ordinal));
        Assert.Equal(new Money(5000m, "CNY"), client.State.Case.Amount);
        Assert.Equal(Reason.Fraud, client.State.Case.Reason);
        Assert.Contains(resumed, r => r.Text.Contains("紧急止付", StringComparison.Ordinal));
        Assert.NotNull(resumed[^1].Expecting);
    }

    [Fact]
    public void Crisis_WithARecoveryFeeOffer_CaresFirstThenWarns()
    {
        var client = AtAmountQuestion("zh-CN");

        var replies = client.Send("有人说交5000保证金就能帮我追回，不然我就不想活了");

        Assert.Equal(ConversationTestClient.Text("zh-CN", "crisis.care"), replies[0].Text);
        Assert.Contains("第二次诈骗", replies[1].Text, StringComparison.Ordinal);
        Assert.Null(client.State.Case.Amount);
    }

    [Theory]
    [InlineData("zh-CN", "我的验证码是482913，我不想活了")]
    [InlineData("en-US", "help, I want to die")]
    [InlineData("en-US", "start over, I can't go on")]
    public void Crisis_WithASecretOrACommand_CaresBeforeAnythingElse(string locale, string text)
    {
        var client = AtAmountQuestion(locale);

        var replies = client.Send(text);

        Assert.Equal(ConversationTestClient.Text(locale, "crisis.care"), replies[0].Text);
        Assert.Null(client.State.Case.Amount);
        Assert.NotEqual(RecoveryCase.Empty, client.State.Case);
    }

    [Fact]
    public void Crisis_AtTheSummary_ThenReady_AsksToConfirmAgain()
    {
        var client = new ConversationTestClient("en-US");
        client.Send("Yesterday at 8pm I transferred 2000 yuan to the wrong person by mistake and they already accepted it");
        Assert.Equal(Phase.Confirming, client.State.Phase);

        client.Send("I don't want to live anymore");
        var resumed = client.Send("ready");

        Assert.Equal(Phase.Confirming, client.State.Phase);
        Assert.Equal(Slot.Confirm, resumed[^1].Expecting);
    }

    [Theory]
    [InlineData("zh-CN", "谢谢")]
    [InlineData("en-US", "thank you")]
    public void SmallTalk_AfterTheCaringReply_KeepsWaitingWithoutAQuestion(string locale, string thanks)
    {
        var client = AtAmountQuestion(locale);
        client.Send(locale == "zh-CN" ? "不想活了" : "I want to die");

        var replies = client.Send(thanks);

        Assert.Equal(ConversationTestClient.Text(locale, "smallTalk.thanks"), replies[0].Text);
        Assert.All(replies, r => Assert.Null(r.Expecting));
        Assert.True(client.State.WaitingUntilReady);
    }

    [Fact]
    public void AnAnswer_AfterTheCaringReply_GoesOnWithoutWaitingForTheButton()
    {
        var client = AtAmountQuestion("zh-CN");
        client.Send("活不下去了");

        client.Send("两千块");

        Assert.Equal(new Money(2000m, "CNY"), client.State.Case.Amount);
        Assert.False(client.State.WaitingUntilReady);
    }

    [Theory]
    [InlineData("zh-CN", "我没有不想活，就是着急")]
    [InlineData("zh-CN", "我不想死，只想把钱要回来")]
    [InlineData("en-US", "I'm not suicidal, just worried")]
    [InlineData("en-US", "I don't want to die over this, just want it back")]
    public void DeniedDespair_IsNoAlarm(string locale, string text)
    {
        var client = AtAmountQuestion(locale);

        var replies = client.Send(text);

        Assert.DoesNotContain(replies, r => r.Text.Contains("12356", StringComparison.Ordinal));
        Assert.False(client.State.WaitingUntilReady);
    }

    [Fact]
    public void WaitingState_SurvivesStorage_AndOlderStateReadsAsNotWaiting()
    {
        var client = AtAmountQuestion("zh-CN");
        client.Send("不想活了");

        var restored = ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(client.State));
        var old = ConversationStateSerializer.Deserialize("""{"schemaVersion":2,"phase":"collecting","expecting":"amount","turnCount":3,"evidenceDone":[]}""");

        Assert.True(restored.WaitingUntilReady);
        Assert.Equal(ConversationState.CurrentSchemaVersion, restored.SchemaVersion);
        Assert.Equal(Slot.Amount, old.Expecting);
        Assert.False(old.WaitingUntilReady);
    }

    private static ConversationTestClient AtAmountQuestion(string locale)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(locale == "zh-CN" ? ["我转账转错人了", "三个小时前"] : ["I transferred money to the wrong person", "3 hours ago"]);
        Assert.Equal(Slot.Amount, client.LastReply.Expecting);
        return client;
    }
}
