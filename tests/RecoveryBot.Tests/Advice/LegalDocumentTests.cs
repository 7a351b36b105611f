using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Tests.Conversation;

namespace RecoveryBot.Tests.Advice;

/// <summary>The documents a user files must hold what the law asks of them, and nothing that should not be filed.</summary>
public class LegalDocumentTests
{
    private const string WrongPersonZh = "昨天晚上8点我转错了两千块给别人，他已经收了";
    private const string BankCardZh = "昨天晚上8点我微信转账到银行卡，转错了卡号，两千块，对方联系不上";
    private const string MerchantZh = "昨天晚上8点在网店买东西付了300，商家一直不发货也不退款";

    [Fact]
    public void ComplaintTo12315_HasTheComplainantsNamePhoneAndPostalAddress()
    {
        var document = Document(MerchantZh, "投诉内容");

        Assert.Contains("投诉人：【你的姓名】", document, StringComparison.Ordinal);
        Assert.Contains("电话：【你的手机号】", document, StringComparison.Ordinal);
        Assert.Contains("通讯地址：【你的通讯地址】", document, StringComparison.Ordinal);
        Assert.Contains("平台名称、店铺名称", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Step12315_SaysWhereToFileForShopsAndOnlineSellers()
    {
        var text = ConversationTestClient.Knowledge.Steps["consumer-complaint-12315"].TextFor(Dialogs.Model.Language.ZhCn).Instructions;

        Assert.Contains("实际经营", text, StringComparison.Ordinal);
        Assert.Contains("注册地", text, StringComparison.Ordinal);
        Assert.Contains("平台", text, StringComparison.Ordinal);
        Assert.Contains("通讯地址", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CivilComplaint_NamesTheOccupationCopiesAndTheSourceOfEachPieceOfEvidence()
    {
        var document = Document(WrongPersonZh, "起诉状");

        Assert.Contains("职业和工作单位：", document, StringComparison.Ordinal);
        Assert.Contains("副本", document, StringComparison.Ordinal);
        var evidence = document[document.IndexOf("二、证据清单", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, line => Assert.Contains("（来源：", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(WrongPersonZh)]
    [InlineData(BankCardZh)]
    public void CivilComplaint_HoldsNoNoteThatSomethingIsNotReady(string opening)
    {
        var document = Document(opening, "起诉状");

        Assert.DoesNotContain("还没准备", document, StringComparison.Ordinal);
    }

    [Fact]
    public void CivilComplaintForABankCard_IdentifiesTheDefendantByTheCardNotByAWeChatId()
    {
        var document = Document(BankCardZh, "起诉状");

        Assert.DoesNotContain("微信号", document, StringComparison.Ordinal);
        Assert.Contains("收款银行卡：【收款银行和卡号尾号】", document, StringComparison.Ordinal);
    }

    [Fact]
    public void InvestigationOrder_IsNeverOfferedAsTheUsersOwnRoute()
    {
        var knowledge = ConversationTestClient.Knowledge;
        var texts = knowledge.Steps["lawsuit"].Texts.Values.Select(t => t.Instructions + t.IfFails)
            .Concat(knowledge.Documents["civil-complaint"].Texts.Values.SelectMany(t => t.Blanks.Values.Select(b => b.Hint ?? string.Empty)))
            .ToList();

        Assert.Contains(texts, t => t.Contains("调查收集", StringComparison.Ordinal) && t.Contains("协助调查函", StringComparison.Ordinal));
        Assert.All(
            texts.SelectMany(t => t.Split('。', '；', '\n')).Where(s => s.Contains("调查令", StringComparison.Ordinal) || s.Contains("investigation order", StringComparison.Ordinal)),
            sentence => Assert.True(sentence.Contains("律师", StringComparison.Ordinal) || sentence.Contains("lawyer", StringComparison.Ordinal), sentence));
    }

    [Fact]
    public void RecoveryScamWarning_TargetsUnsolicitedFeeFirstOffersAndNamesAWayToCheck()
    {
        var step = ConversationTestClient.Knowledge.Steps["beware-recovery-scams"].TextFor(Dialogs.Model.Language.ZhCn);

        Assert.Contains("主动", step.Summary, StringComparison.Ordinal);
        Assert.Contains("12348", step.Instructions, StringComparison.Ordinal);
    }

    private static string Document(string opening, string ask)
    {
        var client = new ConversationTestClient();
        client.SendAll(opening, "对");
        var replies = client.Send(ask);
        return Assert.Single(replies, r => r.Attachments.Count > 0).Text;
    }
}
