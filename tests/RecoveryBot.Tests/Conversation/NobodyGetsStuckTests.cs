using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// No question is asked more than twice in a row without progress: a miss re-asks, the second explains
/// with buttons and a way on, the third goes on without the detail. "不知道" / "skip" goes on at once.
/// </summary>
public class NobodyGetsStuckTests
{
    /// <summary>Which question a message leaves pending, in each language.</summary>
    public enum Pending
    {
        Kind,
        SentAt,
        TimeOfDay,
        Amount,
        RecipientActionTransfer,
        RecipientActionRedPacket,
        RecipientActionImmediate,
        RecipientActionMerchant,
        Reason,
        Confirm,
        StepOutcome,
        TaskStepOutcome,
    }

    private static readonly string[][] UnhelpfulZh =
    [
        ["啥意思", "asdf", "???"],
        ["嗯…", "啥意思", "我也说不清"],
        ["…", "随便", "???"],
    ];

    private static readonly string[][] UnhelpfulEn =
    [
        ["what do you mean", "asdf", "???"],
        ["whatever", "hmm...", "???"],
        ["...", "no comment", "whatever"],
    ];

    public static TheoryData<string, Pending, int> EveryQuestion()
    {
        var data = new TheoryData<string, Pending, int>();
        foreach (var locale in new[] { "zh-CN", "en-US" })
        {
            foreach (var pending in Enum.GetValues<Pending>())
            {
                for (var set = 0; set < UnhelpfulZh.Length; set++)
                {
                    data.Add(locale, pending, set);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryQuestion))]
    public void UnhelpfulAnswers_ReachAPlanOrTheNextStep_WithinThreeTurns_WithoutAFourthIdenticalQuestion(string locale, Pending pending, int set)
    {
        var client = Reach(pending, locale);
        var slot = client.LastReply.Expecting!.Value;
        var stepBefore = client.State.CurrentStep;
        var answers = locale == "zh-CN" ? UnhelpfulZh[set] : UnhelpfulEn[set];
        var repeats = 0;

        foreach (var answer in answers)
        {
            client.Send(answer);
            if (MovedOn(client, pending, slot, stepBefore))
            {
                break;
            }

            repeats++;
        }

        Assert.True(MovedOn(client, pending, slot, stepBefore), $"still on {pending} after {string.Join(" / ", answers)}: {client.LastReply.Text}");
        Assert.True(repeats <= 2);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void SecondMiss_ExplainsAndOffersTheOptionsPlusAWayOn(string locale)
    {
        var client = Reach(Pending.Kind, locale);

        client.SendAll("asdf", "???");

        var explanation = client.LastReply;
        Assert.Equal(Slot.Kind, explanation.Expecting);
        var wayOn = locale == "zh-CN" ? new[] { "不知道", "跳过" } : ["I don't know", "Skip"];
        Assert.Contains(locale == "zh-CN" ? "转账" : "Transfer", explanation.SuggestedActions);
        Assert.All(wayOn, action => Assert.Contains(action, explanation.SuggestedActions));
    }

    [Theory]
    [InlineData("zh-CN", "不知道")]
    [InlineData("zh-CN", "跳过")]
    [InlineData("en-US", "I don't know")]
    [InlineData("en-US", "skip")]
    public void DontKnowOrSkip_AtTheKindQuestion_LeavesTheKindUnknownAndAsksTheNextQuestion(string locale, string answer)
    {
        var client = Reach(Pending.Kind, locale);

        client.Send(answer);

        Assert.Null(client.State.Case.Kind);
        Assert.True(client.State.Case.IsUnknown(UnknownSlots.Kind));
        Assert.Null(client.State.Case.RecipientAction);
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void SkippingEveryDetail_ShowsThemAsUnknown_AndBuildsAPlanThatStartsWithTheBill(string locale)
    {
        var zh = locale == "zh-CN";
        var client = new ConversationTestClient(locale);
        client.Send(zh ? "我想把钱要回来" : "I want my money back");

        for (var turn = 0; turn < 6 && client.LastReply.Expecting != Slot.Confirm; turn++)
        {
            client.Send(zh ? "不知道" : "I don't know");
        }

        var summary = client.LastReply.Text;
        Assert.Equal(Slot.Confirm, client.LastReply.Expecting);
        Assert.Contains(zh ? "付款方式不清楚" : "payment type unknown", summary, StringComparison.Ordinal);
        Assert.Contains(zh ? "时间不清楚" : "time unknown", summary, StringComparison.Ordinal);
        Assert.Contains(zh ? "金额不清楚" : "amount unknown", summary, StringComparison.Ordinal);

        client.Send(zh ? "对" : "yes");

        var plan = client.Plan;
        Assert.NotNull(plan);
        Assert.Equal("check-status", plan.Steps[0].Id);
        Assert.Equal(new SituationContract(null, null, null, null, RecipientAction.Unknown, null), plan.Situation);
        Assert.All(plan.Steps, step => Assert.Null(step.Due is { } due && step.Id != "police-report" ? due : null));
        var presentation = string.Join("\n", client.LastReplies.Select(r => r.Text));
        Assert.Contains(zh ? "110" : "110", presentation, StringComparison.Ordinal);
        Assert.Contains(zh ? "【金额】" : "[amount]", presentation, StringComparison.Ordinal);
        Assert.DoesNotContain("{", presentation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "昨天转了500块给朋友，他还没收款", "不知道")]
    [InlineData("en-US", "Yesterday I transferred 500 yuan to a friend and they haven't accepted it yet", "skip")]
    public void UnknownTimeOfDay_ClaimsNoDeadlineThatDependsOnIt(string locale, string opening, string unsure)
    {
        var client = new ConversationTestClient(locale);
        client.Send(opening);
        Assert.Equal(SentAtPrecision.DayOnly, client.State.Case.SentAtPrecision);

        client.Send(unsure);
        for (var turn = 0; turn < 3 && client.LastReply.Expecting != Slot.Confirm; turn++)
        {
            client.Send(locale == "zh-CN" ? "发错了" : "it was a mistake");
        }

        client.Send(locale == "zh-CN" ? "对" : "yes");

        var plan = client.Plan!;
        Assert.True(client.State.Case.IsUnknown(UnknownSlots.TimeOfDay));
        Assert.DoesNotContain(plan.Steps, s => s.Id is "wait-auto-refund" or "ask-recipient-return");
        Assert.Equal("check-status", plan.Steps[0].Id);
        Assert.NotNull(plan.Situation.SentAt);
    }

    [Theory]
    [InlineData("zh-CN", "是转账")]
    [InlineData("en-US", "it was a transfer")]
    public void WalkingAPlanForAnUnknownKind_WhatTheBillShowed_RebuildsThePlan(string locale, string billShowed)
    {
        var zh = locale == "zh-CN";
        var client = new ConversationTestClient(locale);
        client.SendAll(zh ? "三个小时前发错了500块" : "3 hours ago I sent 500 yuan by mistake");
        if (client.State.Case.Kind is not null)
        {
            client.Send(zh ? "不对" : "no");
            client.Send(zh ? "付款方式" : "payment type");
        }

        client.Send(zh ? "不知道" : "I don't know");
        for (var turn = 0; turn < 3 && client.LastReply.Expecting != Slot.Confirm; turn++)
        {
            client.Send(zh ? "不知道" : "I don't know");
        }

        client.Send(zh ? "对" : "yes");
        Assert.Equal("check-status", client.Plan!.Steps[0].Id);
        Assert.Null(client.Plan.Situation.Kind);

        client.Send(billShowed);

        Assert.Equal(PaymentKind.Transfer, client.State.Case.Kind);
        Assert.Equal(PaymentKind.Transfer, client.Plan.Situation.Kind);
        Assert.Equal(Phase.WalkingPlan, client.State.Phase);
    }

    [Theory]
    [InlineData("zh-CN", "我不确定")]
    [InlineData("en-US", "I'm not sure")]
    public void NotSureAtTheSummary_GoesOnWithThePlanAsSummarized(string locale, string notSure)
    {
        var client = Reach(Pending.Confirm, locale);

        client.Send(notSure);

        Assert.NotNull(client.Plan);
        Assert.Equal(Phase.WalkingPlan, client.State.Phase);
        Assert.Equal(PaymentKind.Transfer, client.Plan.Situation.Kind);
    }

    [Theory]
    [InlineData("zh-CN", "我不确定")]
    [InlineData("en-US", "not sure")]
    public void NotSureAboutAStep_MovesToTheNextStep_WithoutChangingTheCase(string locale, string notSure)
    {
        var client = Reach(Pending.StepOutcome, locale);
        var known = client.State.Case;

        client.Send(notSure);

        Assert.Equal(1, client.State.CurrentStep);
        Assert.Equal(known, client.State.Case);
        Assert.Equal(Slot.StepOutcome, client.LastReply.Expecting);
    }

    [Fact]
    public void StepExplanation_OffersNextStepAndNotSure()
    {
        var client = Reach(Pending.StepOutcome, "zh-CN");

        client.SendAll("asdf", "???");

        Assert.Contains("下一步", client.LastReply.SuggestedActions);
        Assert.Contains("我不确定", client.LastReply.SuggestedActions);
        Assert.Equal(0, client.State.CurrentStep);
    }

    [Fact]
    public void AnOlderStateWithoutUnknowns_StillLoads_AndKnowsNothingIsUnknown()
    {
        const string stored = """
            {"schemaVersion":2,"phase":"confirming","case":{"kind":"transfer","sentAt":"2026-11-23T17:15:00+08:00","amount":{"value":500,"currency":"CNY"},"recipientAction":"notAccepted","reason":"mistake","sentAtPrecision":"exact"},"expecting":"confirm","misses":0}
            """;

        var state = ConversationStateSerializer.Deserialize(stored);

        Assert.Equal(Phase.Confirming, state.Phase);
        Assert.Equal(UnknownSlots.None, state.Case.Unknown);
        Assert.True(state.Case.IsSettled);
    }

    [Fact]
    public void UnknownDetails_SurviveTheStoredState()
    {
        var state = ConversationState.New with { Case = RecoveryCase.Empty with { Unknown = UnknownSlots.Kind | UnknownSlots.Amount, RecipientAction = RecipientAction.Unknown } };

        var read = ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(state));

        Assert.Equal(UnknownSlots.Kind | UnknownSlots.Amount, read.Case.Unknown);
        Assert.Equal(ConversationState.CurrentSchemaVersion, read.SchemaVersion);
    }

    private static ConversationTestClient Reach(Pending pending, string locale)
    {
        var zh = locale == "zh-CN";
        var client = new ConversationTestClient(locale);
        var setup = pending switch
        {
            Pending.Kind => zh ? "我想把钱要回来" : "I want my money back",
            Pending.SentAt => zh ? "红包发错了" : "I sent a red packet by mistake",
            Pending.TimeOfDay => zh ? "昨天发错了一个红包" : "Yesterday I sent a red packet by mistake",
            Pending.Amount => zh ? "昨天晚上8点发错了一个红包" : "Yesterday at 8pm I sent a red packet by mistake",
            Pending.RecipientActionTransfer => zh ? "三个小时前转错了500块" : "3 hours ago I transferred 500 yuan to the wrong person",
            Pending.RecipientActionRedPacket => zh ? "三个小时前发错了一个100块的红包" : "3 hours ago I sent a 100 yuan red packet by mistake",
            Pending.RecipientActionImmediate => zh ? "三个小时前扫码付给个人500块，付错了" : "3 hours ago I paid 500 yuan to a personal QR code by mistake",
            Pending.RecipientActionMerchant => zh ? "三个小时前付给商家500块，重复扣款" : "3 hours ago a merchant charged me 500 yuan twice",
            Pending.Reason => zh ? "三个小时前转了500块，他还没收款" : "3 hours ago I transferred 500 yuan, they haven't accepted it yet",
            Pending.TaskStepOutcome => zh ? "昨天晚上8点我转错了两千块给别人，他已经收了" : "Yesterday at 8pm I transferred 2000 yuan to the wrong person by mistake and they already accepted it",
            _ => zh ? "我三个小时前转错了500块给一个不认识的人，他还没收款" : "3 hours ago I transferred 500 yuan to the wrong person by mistake and they haven't accepted it yet",
        };
        client.Send(setup);
        if (pending is Pending.StepOutcome or Pending.TaskStepOutcome)
        {
            client.Send(zh ? "对" : "yes");
        }

        if (pending == Pending.TaskStepOutcome)
        {
            client.Send(zh ? "没用，下一步" : "didn't work, next step");
            Assert.Equal("preserve-evidence", client.State.PlanStepIds[client.State.CurrentStep]);
        }

        var expected = pending switch
        {
            Pending.Kind => Slot.Kind,
            Pending.SentAt or Pending.TimeOfDay => Slot.SentAt,
            Pending.Amount => Slot.Amount,
            Pending.Reason => Slot.Reason,
            Pending.Confirm => Slot.Confirm,
            Pending.StepOutcome or Pending.TaskStepOutcome => Slot.StepOutcome,
            _ => Slot.RecipientAction,
        };
        Assert.Equal(expected, client.LastReply.Expecting);
        if (pending == Pending.TimeOfDay)
        {
            Assert.Equal(SentAtPrecision.DayOnly, client.State.Case.SentAtPrecision);
        }

        return client;
    }

    private static bool MovedOn(ConversationTestClient client, Pending pending, Slot slot, int stepBefore) => pending switch
    {
        Pending.Confirm => client.Plan is not null,
        Pending.StepOutcome or Pending.TaskStepOutcome => client.State.CurrentStep != stepBefore || client.State.Phase != Phase.WalkingPlan,
        Pending.TimeOfDay => client.LastReply.Expecting != slot || client.State.Case.SentAtPrecision != SentAtPrecision.DayOnly,
        _ => client.LastReply.Expecting != slot || client.Plan is not null,
    };
}

public class UnknownDetailsAdviceTests
{
    [Theory]
    [InlineData("zh-CN", "期限", "发送时间不清楚")]
    [InlineData("en-US", "deadlines", "I don't know when you sent it")]
    public void AskingForDeadlines_WithTheTimeUnknown_SaysTheyCannotBeWorkedOut(string locale, string ask, string expected)
    {
        var zh = locale == "zh-CN";
        var client = new ConversationTestClient(locale);
        client.Send(zh ? "我转错了500块给朋友，他已经收款了" : "I transferred 500 yuan to the wrong person by mistake and they accepted it");
        Assert.Equal(Slot.SentAt, client.LastReply.Expecting);
        client.SendAll(zh ? "不记得了" : "I can't remember", zh ? "对" : "yes");
        Assert.NotNull(client.Plan);

        var replies = client.Send(ask);

        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(zh ? "没有需要特别盯着的期限" : "no deadline to watch", replies[0].Text, StringComparison.Ordinal);
    }
}

public class FillingInWhileWalkingTests
{
    [Theory]
    [InlineData("zh-CN", "我发错了一个88块的红包，对方还没领", "记不清了", "对", "是今天下午5点发的")]
    [InlineData("en-US", "I sent an 88 yuan red packet by mistake and nobody has opened it", "I can't remember", "yes", "I sent it today at 5pm")]
    public void TheTimeFoundInTheBill_FillsInAndRebuildsThePlanWithItsDeadlines(string locale, string opening, string unsure, string yes, string time)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(opening, unsure, yes);
        Assert.Equal(["check-status", "customer-service"], client.Plan!.Steps.Select(s => s.Id));

        client.Send(time);

        Assert.False(client.State.Case.IsUnknown(UnknownSlots.SentAt));
        Assert.Equal(17, client.State.Case.SentAt!.Value.Hour);
        Assert.Contains(client.Plan.Steps, s => s.Id == "wait-auto-refund" && s.Due is not null);
    }

    [Theory]
    [InlineData("zh-CN", "我发错了一个88块的红包，对方还没领", "记不清了", "对", "他刚刚领了")]
    [InlineData("en-US", "I sent an 88 yuan red packet by mistake and nobody has opened it", "I can't remember", "yes", "they just opened it")]
    public void NewsAboutTheRecipient_IsNotTakenForTheTimeOfSending(string locale, string opening, string unsure, string yes, string news)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(opening, unsure, yes);

        client.Send(news);

        Assert.True(client.State.Case.IsUnknown(UnknownSlots.SentAt));
        Assert.Null(client.State.Case.SentAt);
        Assert.Equal(RecipientAction.Accepted, client.State.Case.RecipientAction);
    }
}
