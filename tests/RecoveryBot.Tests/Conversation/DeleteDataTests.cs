using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>"删除我的数据" / "delete my data": the conversation asks the host to erase its state.</summary>
public class DeleteDataTests
{
    private static readonly DateTimeOffset LocalNow = ConversationTestClient.DefaultNow.ToOffset(TimeSpan.FromHours(8));

    [Theory]
    [InlineData("zh-CN", "删除我的数据", "删除")]
    [InlineData("zh-CN", "请删除我的数据。", "删除")]
    [InlineData("zh-CN", "清除我的数据", "删除")]
    [InlineData("en-US", "delete my data", "deleted")]
    [InlineData("en-US", "Please delete my data!", "deleted")]
    [InlineData("en-US", "forget me", "deleted")]
    public void DeleteCommand_InTheMiddleOfACase_AsksForTheStateToBeErased(string locale, string text, string confirmation)
    {
        var conversation = new RecoveryConversation(ConversationTestClient.Knowledge, new FakeTimeProvider(ConversationTestClient.DefaultNow));
        var state = conversation.RunTurn(ConversationState.New, Message(locale == "zh-CN" ? "我三个小时前转错了500块" : "I sent 500 yuan to the wrong person 3 hours ago", locale)).State;
        Assert.NotEqual(RecoveryCase.Empty, state.Case);

        var outcome = conversation.RunTurn(state, Message(text, locale));

        Assert.True(outcome.DeleteState);
        var reply = Assert.Single(outcome.Replies);
        Assert.Contains(confirmation, reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(locale == "zh-CN" ? Language.ZhCn : Language.EnUs, reply.Language);
    }

    [Theory]
    [InlineData("zh-CN", "我想删除我的数据之前先问一下，转错的500块能退吗")]
    [InlineData("en-US", "I transferred 500 yuan by mistake, how do I get it back")]
    public void OrdinaryMessages_NeverEraseTheState(string locale, string text)
    {
        var conversation = new RecoveryConversation(ConversationTestClient.Knowledge, new FakeTimeProvider(ConversationTestClient.DefaultNow));

        Assert.False(conversation.RunTurn(ConversationState.New, Message(text, locale)).DeleteState);
    }

    private static TurnInput Message(string text, string locale) => new(InputKind.Message, text, locale, LocalNow);
}
