using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// Someone offering to get the money back for a fee is a second scam, however it is worded and wherever it
/// comes up: the offer and the fee are recognised together, even far apart.
/// </summary>
public class RecoveryFeeOfferTests
{
    public static TheoryData<string, string> Offers => new()
    {
        { "zh-CN", "有个人说能帮我追回，先交20%手续费" },
        { "zh-CN", "网上有个追款的说可以帮我把钱要回来，要先付三成服务费" },
        { "zh-CN", "对方说交了保证金就能把钱追回" },
        { "zh-CN", "他们说先交5000定金，保证帮我拿回来" },
        { "en-US", "a guy says he can get my money back for a fee" },
        { "en-US", "someone offered to recover my money if I pay 20% upfront" },
        { "en-US", "they said they can get it back but I have to pay a deposit first" },
    };

    [Theory]
    [MemberData(nameof(Offers))]
    public void RecoveryFeeOffer_WhileWalkingThePlan_WarnsAndKeepsThePlan(string locale, string text)
    {
        var client = AdviceDialogTests.AtStep(2, locale);
        var before = client.State;

        var replies = client.Send(text);

        Assert.Contains(RecoveryFeeWarning(locale), replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(before.Case, client.State.Case);
        Assert.Equal(before.CurrentStep, client.State.CurrentStep);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
    }

    [Theory]
    [MemberData(nameof(Offers))]
    public void RecoveryFeeOffer_DuringAmountQuestion_WarnsAndTakesNoAmount(string locale, string text)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(locale == "zh-CN" ? ["我转账转错人了", "三个小时前"] : ["I transferred money to the wrong person", "3 hours ago"]);

        var replies = client.Send(text);

        Assert.Contains(RecoveryFeeWarning(locale), replies[0].Text, StringComparison.Ordinal);
        Assert.Null(client.State.Case.Amount);
        Assert.Equal(Slot.Amount, replies[^1].Expecting);
    }

    [Theory]
    [MemberData(nameof(Offers))]
    public void RecoveryFeeOffer_AsTheFirstMessage_WarnsBeforeAnythingElse(string locale, string text)
    {
        var client = new ConversationTestClient(locale);

        var replies = client.Send(text);

        Assert.Contains(RecoveryFeeWarning(locale), replies[0].Text, StringComparison.Ordinal);
        Assert.Null(client.State.Case.Amount);
    }

    [Theory]
    [InlineData("zh-CN", "你能帮我追回吗？")]
    [InlineData("zh-CN", "听说起诉要回钱要交诉讼费，是真的吗")]
    [InlineData("en-US", "can you help me get my money back?")]
    [InlineData("en-US", "what are the court fees if I sue to get it back")]
    public void AskingTheBotAboutRecoveryOrCourtFees_IsNoRisk(string locale, string text)
    {
        var client = AdviceDialogTests.AtStep(2, locale);

        var replies = client.Send(text);

        Assert.DoesNotContain(replies, r => r.Text.Contains(RecoveryFeeWarning(locale), StringComparison.Ordinal));
    }

    private static string RecoveryFeeWarning(string locale) =>
        ConversationTestClient.Knowledge.Risks.Single(r => r.Id == "recovery-fee").Warnings[LanguageExtensions.FromTag(locale)!.Value];
}
