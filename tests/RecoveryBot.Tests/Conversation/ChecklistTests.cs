using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>The evidence checklist: shown with the evidence step, ticked by words or buttons, remembered.</summary>
public class ChecklistTests
{
    [Fact]
    public void EvidenceStep_IsFollowedByTheChecklistForTheKind_WithButtons()
    {
        var client = AdviceDialogTests.AtStep(2);

        var checklist = client.LastReply;

        Assert.StartsWith("第2步：保存好证据", client.LastReplies[^2].Text, StringComparison.Ordinal);
        Assert.Contains("☐ 转账电子凭证", checklist.Text, StringComparison.Ordinal);
        Assert.Contains("☐ 对方的资料页", checklist.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("红包领取详情", checklist.Text, StringComparison.Ordinal);
        Assert.Contains("已保存：账单详情截图", checklist.SuggestedActions);
        Assert.Contains("证据清单", checklist.SuggestedActions);
    }

    [Fact]
    public void SayingAnItemIsKept_TicksItAndSaysWhatIsLeft()
    {
        var client = AdviceDialogTests.AtStep(2);

        var replies = client.Send("账单截图了");

        Assert.Equal(["bill-details"], client.State.EvidenceDone);
        Assert.Contains("记下了：账单详情截图", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("还差：聊天里那笔钱的截图、对方的资料页、转账电子凭证、完整的聊天记录", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
        Assert.DoesNotContain("已保存：账单详情截图", replies[^1].SuggestedActions);
        Assert.Equal(1, client.State.CurrentStep);
    }

    [Fact]
    public void TappingAnItem_TicksIt_AndTheChecklistRemembersAcrossTurns()
    {
        var client = AdviceDialogTests.AtStep(2);
        client.SendAll("已保存：对方的资料页", "电子凭证申请好了");

        var checklist = Assert.Single(client.Send("证据清单"));

        Assert.Contains("☑ 对方的资料页", checklist.Text, StringComparison.Ordinal);
        Assert.Contains("☑ 转账电子凭证", checklist.Text, StringComparison.Ordinal);
        Assert.Contains("☐ 账单详情截图", checklist.Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, checklist.Expecting);
    }

    [Fact]
    public void NotYet_DoesNotTick()
    {
        var client = AdviceDialogTests.AtStep(2);

        client.Send("账单还没截图");

        Assert.Empty(client.State.EvidenceDone);
    }

    [Fact]
    public void English_TicksToo_AndEverythingDoneIsSaid()
    {
        var client = AdviceDialogTests.AtStep(2, "en-US");

        client.SendAll("saved the bill", "took a screenshot of the transfer in the chat", "saved their profile", "got the e-voucher");
        var replies = client.Send("saved the chat history");

        Assert.Equal(5, client.State.EvidenceDone.Count);
        Assert.Contains("Everything on the list is done", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TickedEvidence_SurvivesStorage_AndOldStateReadsWithAnEmptyList()
    {
        var client = AdviceDialogTests.AtStep(2);
        client.Send("账单截图了");

        var restored = ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(client.State));
        var old = ConversationStateSerializer.Deserialize("""{"schemaVersion":1,"phase":"walkingPlan","turnCount":3}""");

        Assert.Equal(["bill-details"], restored.EvidenceDone);
        Assert.Equal(Phase.WalkingPlan, old.Phase);
        Assert.Empty(old.EvidenceDone);
    }

    [Fact]
    public void TickAndOutcomeInOneMessage_TicksAndMovesOn()
    {
        var client = AdviceDialogTests.AtStep(2);

        var replies = client.Send("账单截图了，做好了");

        Assert.Equal(["bill-details"], client.State.EvidenceDone);
        Assert.Equal(2, client.State.CurrentStep);
        Assert.Contains("第3步", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChecklistBeforeThePlan_IsShownWithoutTickButtons()
    {
        var client = new ConversationTestClient();
        client.Send("我转账转错人了");

        var reply = Assert.Single(client.Send("证据清单"));

        Assert.Contains("☐ 转账电子凭证", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.SuggestedActions);
        Assert.Equal(Slot.SentAt, reply.Expecting);
    }
}
