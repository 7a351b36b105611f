using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// 重大误解 and its 90 days concern only a present of the wrong amount (fact H3). An overpaid debt or price, and money
/// sent to the wrong person, are 不当得利 with 3 years: no message of such a conversation may speak of the 90 days.
/// </summary>
public class MistakeLawTests
{
    private static readonly string[] NinetyDays = ["90天", "重大误解", "90 days", "serious misunderstanding"];

    [Theory]
    [InlineData("zh-CN", "昨天晚上8点交房租，本来3000，多打了个0，转了30000给房东，他已经收了")]
    [InlineData("en-US", "Yesterday at 8pm I paid my rent by transfer, the rent is 3000 but I overpaid and sent 30000, my landlord already accepted it")]
    public void Overpayment_NeverMentionsTheNinetyDays(string locale, string opening)
    {
        var texts = WholeConversation(locale, opening);

        Assert.DoesNotContain(texts, t => NinetyDays.Any(n => t.Contains(n, StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("不当得利", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("昨天晚上8点我转错人了，两千块，转给了一个同名的，他已经收了")]
    [InlineData("昨天晚上8点发群红包发错群了，200块，已经被领光了")]
    public void WrongRecipientOrGroup_NeverMentionsTheNinetyDays(string opening)
    {
        var texts = WholeConversation("zh-CN", opening);

        Assert.DoesNotContain(texts, t => NinetyDays.Any(n => t.Contains(n, StringComparison.Ordinal)));
    }

    [Fact]
    public void PresentOfTheWrongAmount_GetsTheNinetyDayLimitWithItsDate()
    {
        var texts = WholeConversation("zh-CN", "昨天晚上8点给侄女转压岁钱，多打了一个零，转了2000，她已经收了");

        Assert.Contains(texts, t => t.Contains("钱是送给对方的，只是金额发错了", StringComparison.Ordinal) && t.Contains("2027年2月20日", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("只有送礼发错了金额", StringComparison.Ordinal));
    }

    [Fact]
    public void MistakeOfUnsaidKind_SaysTheNinetyDaysAreOnlyForPresents()
    {
        var texts = WholeConversation("zh-CN", "昨天晚上8点我转错了两千块，他已经收了");

        Assert.Contains(texts, t => t.Contains("只有送礼发错了金额，才有90天的期限", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("钱是送给对方的", StringComparison.Ordinal));
    }

    /// <summary>Every message of the conversation: the plan, the deadlines, each step to the last, and the court costs.</summary>
    private static List<string> WholeConversation(string locale, string opening)
    {
        var client = new ConversationTestClient(locale);
        var chinese = locale == "zh-CN";
        var texts = new List<string>();
        texts.AddRange(client.Send(opening).Select(r => r.Text));
        Assert.NotNull(client.AnswerUntilPlan(new Dictionary<Slot, string> { [Slot.Confirm] = chinese ? "对" : "yes" }));
        texts.AddRange(client.LastReplies.Select(r => r.Text));
        texts.AddRange(client.Send(chinese ? "期限" : "deadlines").Select(r => r.Text));
        for (var step = 0; step < 10 && client.LastReplies.Any(r => r.Expecting == Slot.StepOutcome); step++)
        {
            texts.AddRange(client.Send(chinese ? "没用，下一步" : "didn't work, next step").Select(r => r.Text));
        }

        return texts;
    }
}
