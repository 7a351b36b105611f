using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Families of wording: the recipient in people's own words, scams told without the word, mixed scripts.</summary>
public class VocabularyFamilyTests
{
    [Theory]
    [InlineData("钱已经在他那儿了", RecipientAction.Accepted)]
    [InlineData("红包让人家秒领了", RecipientAction.Accepted)]
    [InlineData("发消息有个红色感叹号", RecipientAction.Blocked)]
    [InlineData("打他电话一直关机", RecipientAction.Blocked)]
    [InlineData("the status says received", RecipientAction.Accepted)]
    [InlineData("my nephew's got it already", RecipientAction.Accepted)]
    [InlineData("nobody picked it up", RecipientAction.NotAccepted)]
    [InlineData("he hasnt even touched it", RecipientAction.NotAccepted)]
    [InlineData("她说过几天还我", RecipientAction.Accepted)]
    [InlineData("he went quiet the moment it landed", RecipientAction.Blocked)]
    public void Recipient_InPeoplesOwnWords(string text, RecipientAction expected)
    {
        var reading = MessageReader.Read(text, Slot.RecipientAction);

        Assert.Equal(expected, reading.RecipientAction);
    }

    [Theory]
    [InlineData("有个人自称是物流公司的，说我快递丢了要理赔，让我先交了300")]
    [InlineData("群里有人用老师的头像和名字收资料费，一模一样的人，我交了120")]
    [InlineData("网上认识的男的带我在一个平台上充值，现在提现不了")]
    [InlineData("a 'bank officer' told me to move my savings")]
    [InlineData("someone claiming to be my landlord asked for the deposit on a new account")]
    [InlineData("my 'boyfriend' from a dating app got me into crypto")]
    [InlineData("加我的人自称是孩子学校的教务 让交资料费 我交了")]
    [InlineData("a man saying he was my grandson's coach needed bail money")]
    public void Scam_ToldWithoutTheWord_IsFraud(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(Reason.Fraud, reading.Reason);
    }

    [Theory]
    [InlineData("轉賬轉錯人了 對方還沒收", PaymentKind.Transfer, RecipientAction.NotAccepted)]
    [InlineData("转账转错了 对方已经accept了", PaymentKind.Transfer, RecipientAction.Accepted)]
    [InlineData("在一个online shop付的款 seller不发货", PaymentKind.Merchant, null)]
    public void TraditionalAndMixedScripts_AreRead(string text, PaymentKind kind, RecipientAction? action)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(kind, reading.Kind);
        Assert.Equal(action, reading.RecipientAction);
    }

    [Theory]
    [InlineData("在公司群里发红包发错了", PaymentKind.GroupRedPacket)]
    [InlineData("posted a red packet in the family group by mistake", PaymentKind.GroupRedPacket)]
    [InlineData("在群里给小李发的专属红包 发错人了", PaymentKind.RedPacket)]
    [InlineData("本来想发个红包 结果点成转账了", PaymentKind.Transfer)]
    [InlineData("在超市扫码付多了", PaymentKind.Merchant)]
    [InlineData("在商场扫了店员的个人码", PaymentKind.QrPersonal)]
    public void Kind_FromItsContext(string text, PaymentKind expected)
    {
        var reading = MessageReader.Read(text);

        Assert.Equal(expected, reading.Kind);
    }

    [Theory]
    [InlineData("I used the 'transfer to bank card' option and typed one digit wrong")]
    [InlineData("在“转账到银行卡”那里输错了一位卡号")]
    public void QuotedLabelOfTheApp_IsNoPlayedRole(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.NotEqual(Reason.Fraud, reading.Reason);
    }

    [Fact]
    public void SomeoneNamingTheirOwnRelative_IsNoClaimedRole()
    {
        var reading = MessageReader.Read("对方说是他儿子不小心点的收款");

        Assert.NotEqual(Reason.Fraud, reading.Reason);
    }

    [Fact]
    public void ShopInAScamStory_IsNotTheKind()
    {
        var reading = MessageReader.Read("一个冒充网店客服的人说要给我退款，让我转了800过去");

        Assert.Equal(Reason.Fraud, reading.Reason);
        Assert.NotEqual(PaymentKind.Merchant, reading.Kind);
    }
}
