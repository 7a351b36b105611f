using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

public class CorrectionReaderTests
{
    private static readonly RecoveryCase Known = new(PaymentKind.Transfer, null, new Money(500m, "CNY"), RecipientAction.NotAccepted, Reason.Mistake);

    [Theory]
    [InlineData(Language.ZhCn, "不是500,是5000", ",是5000")]
    [InlineData(Language.ZhCn, "不是红包是转账", "是转账")]
    [InlineData(Language.ZhCn, "不是发错了,而是被骗了", ",而是被骗了")]
    [InlineData(Language.ZhCn, "应该是昨天不是今天", "应该是昨天")]
    [InlineData(Language.EnUs, "not 500, it was 5000", ",itwas5000")]
    [InlineData(Language.EnUs, "it wasn't a transfer it was a red packet", "ititwasaredpacket")]
    [InlineData(Language.EnUs, "it was yesterday, not today", "itwasyesterday,")]
    public void TheNegatedValue_IsBlankedOut_AndTheAffirmedOneKept(Language language, string text, string left)
    {
        var reading = CorrectionReader.Read(text, language, Known);

        Assert.Equal(left, reading.Text.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(text.Length, reading.Text.Length);
    }

    [Theory]
    [InlineData(Language.ZhCn, "他还没收款")]
    [InlineData(Language.ZhCn, "我转了500块,不是给他的")]
    [InlineData(Language.EnUs, "he has not accepted it yet, I sent it 3 hours ago")]
    [InlineData(Language.EnUs, "not accepted yet, I sent it at 8")]
    [InlineData(Language.EnUs, "it was 500 and he did not accept it")]
    [InlineData(Language.EnUs, "hmm, not sure")]
    public void ANegationWithoutAnAffirmedCounterpart_IsLeftAlone(Language language, string text)
    {
        var reading = CorrectionReader.Read(text, language, Known);

        Assert.Equal(text, reading.Text);
        Assert.False(reading.CorrectsAmount);
    }

    [Theory]
    [InlineData(Language.ZhCn, "不是500,是5000", true)]
    [InlineData(Language.ZhCn, "不是200,是5000", false)]
    [InlineData(Language.EnUs, "it was 5000, not 500", true)]
    public void NegatingTheKnownAmount_MarksAnAmountCorrection(Language language, string text, bool correctsAmount)
    {
        Assert.Equal(correctsAmount, CorrectionReader.Read(text, language, Known).CorrectsAmount);
    }
}
