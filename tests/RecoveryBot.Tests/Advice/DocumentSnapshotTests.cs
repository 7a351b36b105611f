using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Tests.Conversation;

namespace RecoveryBot.Tests.Advice;

/// <summary>
/// Every document in both languages, filled from a fixed situation through the real conversation and
/// compared exactly with its snapshot in Advice/Snapshots/. After an intended change, run the tests with
/// UPDATE_SNAPSHOTS=1 and review the diff of the snapshot files before committing them.
/// </summary>
public class DocumentSnapshotTests
{
    private const string MistakeZh = "昨天晚上8点我转错了两千块给别人，他已经收了";
    private const string MistakeEn = "Yesterday at 8pm I transferred 2000 yuan to the wrong person by mistake and they already accepted it";
    private const string FraudZh = "半小时前我被骗了，对方冒充客服让我转账3000元，他已经收款了";
    private const string FraudEn = "Half an hour ago I was scammed: someone posing as customer service made me transfer 3000 yuan and they accepted it";
    private const string BankCardZh = "昨天晚上8点我微信转账到银行卡，转错了卡号，两千块，对方联系不上";
    private const string BankCardEn = "Yesterday at 8pm I sent 2000 yuan from WeChat to the wrong bank card by mistake and I can't reach the owner";
    private const string MerchantZh = "11月20日网购付给商家399元，商家不发货，也还没退款";
    private const string MerchantEn = "On Nov 20 I paid a merchant 399 yuan for an online order, they didn't ship and haven't refunded me";

    public static TheoryData<string, string, string, string, string> Documents => new()
    {
        // document id, locale, opening story, a piece of evidence kept, the title that asks for it
        { "request-to-recipient", "zh-CN", MistakeZh, "账单截图了", "书面还款请求" },
        { "request-to-recipient", "en-US", MistakeEn, "saved the bill", "Written request" },
        { "customer-service-message", "zh-CN", MistakeZh, "账单截图了", "给客服的说明" },
        { "customer-service-message", "en-US", MistakeEn, "saved the bill", "Message for customer service" },
        { "police-report-summary", "zh-CN", FraudZh, "通话记录截图了", "报案材料摘要" },
        { "police-report-summary", "en-US", FraudEn, "saved the call log", "Police report summary" },
        { "merchant-complaint", "zh-CN", MerchantZh, "订单截图了", "投诉内容" },
        { "merchant-complaint", "en-US", MerchantEn, "saved the order page", "Complaint text" },
        { "civil-complaint", "zh-CN", MistakeZh, "账单截图了", "民事起诉状草稿" },
        { "civil-complaint", "en-US", MistakeEn, "saved the bill", "Draft civil complaint" },
        { "civil-complaint-bank-card", "zh-CN", BankCardZh, "账单截图了", "起诉状" },
        { "civil-complaint-bank-card", "en-US", BankCardEn, "saved the bill", "civil complaint" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_MatchesItsSnapshot(string id, string locale, string opening, string kept, string title)
    {
        var client = new ConversationTestClient(locale);
        client.SendAll(opening, locale == "zh-CN" ? "对" : "yes");
        Assert.Equal(Phase.WalkingPlan, client.State.Phase);
        client.Send(kept);
        Assert.NotEmpty(client.State.EvidenceDone);

        var replies = client.Send(title);

        var document = Assert.Single(replies, r => r.Attachments.Count > 0);
        var file = Assert.Single(document.Attachments);
        Assert.Equal("text/plain", file.ContentType);
        Assert.EndsWith(".txt", file.Name, StringComparison.Ordinal);
        Assert.Equal(document.Text, file.Text);
        Assert.DoesNotContain("{", file.Text, StringComparison.Ordinal);
        Assert.Equal(Slot.StepOutcome, replies[^1].Expecting);
        AssertMatchesSnapshot($"{id}.{locale}.txt", file.Name + "\n\n" + file.Text);
    }

    [Fact]
    public void EverySnapshotFile_BelongsToATestedDocument()
    {
        var tested = Documents.Select(row => $"{row[0]}.{row[1]}.txt").ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(SnapshotFolder, "*.txt").Select(f => Path.GetFileName(f)).ToList();

        Assert.All(files, f => Assert.Contains(f, tested));
        Assert.Equal(ConversationTestClient.Knowledge.Documents.Count * 2, tested.Count);
    }

    private static string SnapshotFolder => Path.Combine(RepositoryPaths.Root, "tests", "RecoveryBot.Tests", "Advice", "Snapshots");

    private static void AssertMatchesSnapshot(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(SnapshotFolder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(SnapshotFolder);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}. Run the tests with UPDATE_SNAPSHOTS=1 to create it, then review and commit it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Assert.Fail(
            $"Document differs from snapshot {name} at line {line + 1}:\n"
            + $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n"
            + $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}\n"
            + "If the change is intended, run the tests with UPDATE_SNAPSHOTS=1 and review the snapshot diff.");
    }
}
