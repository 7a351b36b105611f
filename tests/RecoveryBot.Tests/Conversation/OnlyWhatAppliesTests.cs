using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Notes that do not fit the situation are left out: a scammer who took the money gives none of it back by itself.</summary>
public class OnlyWhatAppliesTests
{
    [Fact]
    public void FraudTransferAlreadyAccepted_AsksNoHourAndNeverPromisesAnAutomaticRefund()
    {
        // Sunday 22 November, straddling the 24-hour line at Monday 20:15: an unaccepted transfer would need the hour.
        var client = new ConversationTestClient();
        var texts = new List<string>();

        texts.AddRange(client.Send("我被骗了，22号转了5000给一个刷单的骗子，他已经收款了").Select(r => r.Text));
        texts.AddRange(client.Send("啥？").Select(r => r.Text));
        texts.AddRange(client.Send("嗯？").Select(r => r.Text));

        Assert.DoesNotContain(Slot.SentAt, client.AskedSlots);
        Assert.DoesNotContain(texts, t => t.Contains("自动退回", StringComparison.Ordinal));
    }

    [Fact]
    public void FraudTransfer_TimeMissedTwice_ExplainsItsUrgencyWithoutTheRefund()
    {
        var client = new ConversationTestClient();

        client.SendAll("我被骗了，转了5000给一个刷单的骗子，他已经收款了", "啥？");
        var replies = client.Send("嗯？");

        Assert.Equal(Slot.SentAt, replies[^1].Expecting);
        Assert.Contains("越早报警", replies[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("自动退回", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "我被骗了，昨天晚上8点转了5000给一个刷单的骗子，他已经收款了", "对", "费用", "先报警")]
    [InlineData("en-US", "I was scammed: yesterday at 8pm I transferred 5000 yuan to a fake seller and they accepted it", "yes", "costs", "report it to the police first")]
    public void CostsInAFraudCase_FirstSayThePoliceComeFirst(string locale, string opening, string yes, string ask, string policeFirst)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(opening, yes);

        var costs = client.Send(ask)[0].Text;

        Assert.StartsWith(ConversationTestClient.Text(locale, "costs.fraudFirst"), costs, StringComparison.Ordinal);
        Assert.Contains(policeFirst, costs, StringComparison.Ordinal);
    }

    [Fact]
    public void CostsInAMistakeCase_GoStraightToTheFees()
    {
        var client = new ConversationTestClient();
        client.SendAll("昨天晚上8点我转错了两千块给别人，他已经收了", "对");

        var costs = client.Send("费用")[0].Text;

        Assert.DoesNotContain("先报警", costs, StringComparison.Ordinal);
        Assert.Contains("诉讼费用交纳办法", costs, StringComparison.Ordinal);
    }
}
