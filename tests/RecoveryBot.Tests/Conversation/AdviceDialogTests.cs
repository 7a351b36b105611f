using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>"Why?" and "sources" at any point, deadlines and costs, documents, and task steps.</summary>
public class AdviceDialogTests
{
    private const string AcceptedMistakeZh = "昨天晚上8点我转错了两千块给别人，他已经收了";
    private const string AcceptedMistakeEn = "Yesterday at 8pm I transferred 2000 yuan to the wrong person by mistake and they already accepted it";

    /// <summary>Plan: ask-recipient-send-back → preserve-evidence → customer-service → lawsuit.</summary>
    internal static ConversationTestClient AtStep(int step, string locale = "zh-CN")
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(locale == "zh-CN" ? AcceptedMistakeZh : AcceptedMistakeEn, locale == "zh-CN" ? "对" : "yes");
        for (var i = 1; i < step; i++)
        {
            client.Send(locale == "zh-CN" ? "没用，下一步" : "didn't work, next step");
        }

        Assert.Equal(step - 1, client.State.CurrentStep);
        return client;
    }

    [Fact]
    public void Why_AtAStep_GivesTheReasoningAndItsFactsThenAsksAgain()
    {
        var client = AtStep(1);

        var replies = client.Send("为什么？");

        Assert.Contains("为什么要“请对方把钱转回来”", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("赔偿你的损失", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("H2（可信度高）", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("第1步", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
        Assert.Equal(0, client.State.CurrentStep);
    }

    [Fact]
    public void Sources_AtAStep_LinkOfficialSourcesByNameAndDescribeTheRestInTheUsersLanguage()
    {
        var client = AtStep(1, "en-US");

        var replies = client.Send("sources");
        var sources = string.Join("\n", replies.Take(replies.Count - 1).Select(r => r.Text));

        Assert.Contains("(fairly high confidence)", sources, StringComparison.Ordinal);
        Assert.Contains("[《民法典》](https://github.com/LawRefBook/Laws/blob/3cd6e86/", sources, StringComparison.Ordinal);
        Assert.Contains("WeChat's own screen text, as recorded in open-source code", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("padchat", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("158392.com", sources, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, client.LastReplies[^1].Expecting);
    }

    [Theory]
    [InlineData("zh-CN", "为什么", "追回的办法取决于它们")]
    [InlineData("en-US", "why?", "the way back depends on them")]
    public void Why_DuringTheSummary_ExplainsTheQuestionsAndConfirmsAgain(string locale, string why, string expected)
    {
        var client = new ConversationTestClient(locale);
        client.Send(locale == "zh-CN" ? AcceptedMistakeZh : AcceptedMistakeEn);
        Assert.Equal(Phase.Confirming, client.State.Phase);

        var replies = client.Send(why);

        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("B2", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.Confirm, replies[^1].Expecting);
        Assert.Equal(Phase.Confirming, client.State.Phase);
    }

    [Fact]
    public void Sources_WhileAskingTheAmount_ListTheSourcesOfThatQuestionAndAskAgain()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");
        Assert.Equal(Slot.Amount, client.State.Expecting);

        var replies = client.Send("来源");

        Assert.Contains("（可信度高）", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("[《诉讼费用交纳办法》](https://github.com/LawRefBook/", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.Amount, replies[^1].Expecting);
    }

    [Fact]
    public void Plan_IsShort_AndItsDeadlinesComeInLocalTimeOnRequest()
    {
        var client = new ConversationTestClient();
        client.SendAll(AcceptedMistakeZh, "对");

        var plan = client.LastReplies.Single(r => r.Plan is not null).Text;
        var deadlines = string.Join("\n", client.Send("期限").Select(r => r.Text));

        Assert.DoesNotContain(ConversationTestClient.Text("zh-CN", "deadlines.header"), plan, StringComparison.Ordinal);
        Assert.Contains("“为什么”", plan, StringComparison.Ordinal);
        Assert.Contains("“期限”", plan, StringComparison.Ordinal);
        Assert.Contains("2029年11月22日", deadlines, StringComparison.Ordinal);  // 3 years (诉讼时效)
    }

    [Fact]
    public void Deadlines_ForAPendingTransfer_GiveTheRefundTimeAndWhatIsLeft()
    {
        var client = new ConversationTestClient();
        client.SendAll("我三个小时前转错了500块给一个不认识的人，他还没收款", "对");

        var replies = client.Send("期限");

        Assert.Contains("明天 17:15", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("还有约21小时", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
    }

    [Fact]
    public void Deadlines_ForFraud_SayHowLongAgoTheMoneyLeft()
    {
        var client = new ConversationTestClient("en-US");
        client.SendAll("Half an hour ago I was scammed: someone posing as customer service made me transfer 3000 yuan and they accepted it", "yes");

        var deadlines = string.Join("\n", client.Send("deadlines").Select(r => r.Text));

        Assert.Contains("about 30 minutes ago", deadlines, StringComparison.Ordinal);
        Assert.Contains("stop-payment", deadlines, StringComparison.Ordinal);
    }

    [Fact]
    public void LawsuitStep_OffersCourtCostsComputedFromTheAmount()
    {
        var client = new ConversationTestClient();
        client.SendAll("昨天晚上8点我转错了一万二给别人，他已经收了", "对");
        client.SendAll("没用，下一步", "做好了", "没用，下一步");
        var step = client.LastReplies.First(r => r.Text.StartsWith("第4步", StringComparison.Ordinal));
        Assert.Contains("第4步：起诉要回这笔钱", step.Text, StringComparison.Ordinal);
        Assert.Contains("费用", client.LastReply.SuggestedActions);
        Assert.Contains("民事起诉状草稿", client.LastReply.SuggestedActions);

        var costs = string.Join("\n", client.Send("费用").Select(r => r.Text));

        Assert.Contains("案件受理费：100元；如果适用简易程序，减半为50元", costs, StringComparison.Ordinal);
        Assert.Contains("申请费140元（最多5000元）", costs, StringComparison.Ordinal);
        Assert.Contains("担保最多是金额的30%（3600元）", costs, StringComparison.Ordinal);
        Assert.Contains("以当地法院公布的为准", costs, StringComparison.Ordinal);
    }

    [Fact]
    public void Costs_AskedForAtAnyTime_AreComputedAndTheQuestionAskedAgain()
    {
        var client = AtStep(1, "en-US");

        var replies = client.Send("court fees");

        Assert.Contains("Court filing fee: 50 yuan; halved to 25 yuan", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
    }

    [Fact]
    public void Documents_ListsWhatFitsAsButtons()
    {
        var client = AtStep(1);

        var reply = Assert.Single(client.Send("文书"));

        Assert.Equal(["民事起诉状草稿", "给客服的说明", "书面还款请求"], reply.SuggestedActions);
        Assert.Equal(Slot.StepOutcome, reply.Expecting);
    }

    [Fact]
    public void Document_ThatDoesNotFit_IsNotFilledAndTheFittingOnesAreOffered()
    {
        var client = AtStep(1);

        var replies = client.Send("报案材料摘要");

        Assert.DoesNotContain(replies, r => r.Attachments.Count > 0);
        Assert.Contains("不适合", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("书面还款请求", replies[0].SuggestedActions);
    }

    [Fact]
    public void Document_BeforeTheSituationIsKnown_AsksForTheStoryFirst()
    {
        var client = new ConversationTestClient();
        client.Send("我转账转错人了");

        var replies = client.Send("起诉状");

        Assert.DoesNotContain(replies, r => r.Attachments.Count > 0);
        Assert.Contains("先告诉我发生了什么", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskStep_DoneMovesOnAndDoesNotEndThePlan()
    {
        var client = AtStep(2);
        Assert.Equal("preserve-evidence", client.State.PlanStepIds[client.State.CurrentStep]);

        var replies = client.Send("做好了");

        Assert.Equal(Phase.WalkingPlan, client.State.Phase);
        Assert.Equal(2, client.State.CurrentStep);
        Assert.Contains("第3步", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskStep_MoneyBack_EndsThePlanWithTips()
    {
        var client = AtStep(2);

        client.Send("钱回来了");

        Assert.Equal(Phase.Finished, client.State.Phase);
    }

    [Fact]
    public void FraudPlan_AfterTheLastTask_EndsWithoutClaimingEverythingFailed()
    {
        var client = new ConversationTestClient();
        client.SendAll("两个小时前被骗子骗了，转到银行卡5000元", "不知道", "对");
        Assert.Equal(["police-report", "preserve-evidence", "beware-recovery-scams"], client.State.PlanStepIds);

        var replies = client.SendAll("报警了", "做好了", "知道了");

        Assert.Equal(Phase.Finished, client.State.Phase);
        Assert.Contains("都做完了", replies[^1].Text, StringComparison.Ordinal);
    }
}
