using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>What the conversation does with a pasted code or phone number where an amount was asked.</summary>
public class PastedNumberTests
{
    [Theory]
    [InlineData("561839")]
    [InlineData("验证码 208817")]
    public void PastedCode_GetsTheSecretsWarningAndIsNotTheAmount(string code)
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");

        var replies = client.Send(code);

        Assert.Contains(replies, r => r.Text.Contains("验证码", StringComparison.Ordinal));
        Assert.Null(client.State.Case.Amount);
        Assert.Equal(Slot.Amount, client.LastReply.Expecting);
    }

    [Fact]
    public void RoundBareNumber_IsTheAmount()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");

        client.Send("8000");

        Assert.Equal(new Money(8000m, "CNY"), client.State.Case.Amount);
    }

    [Fact]
    public void PhoneNumber_IsNotTheAmount()
    {
        var client = new ConversationTestClient();
        client.SendAll("我转账转错人了", "三个小时前");

        client.Send("对方手机号13698761234");

        Assert.Null(client.State.Case.Amount);
    }
}
