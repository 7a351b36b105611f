using System.Text;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Host;

public class AttachmentTests
{
    [Fact]
    public void ReplyWithAFile_BecomesAnActivityAttachmentWithADataUri()
    {
        var inbound = new Activity { Type = ActivityTypes.Message, Id = "1", ChannelId = "emulator", From = new ChannelAccount { Id = "u" }, Recipient = new ChannelAccount { Id = "b" } };
        var reply = new BotReply("民事起诉状……", Language.ZhCn, [])
        {
            Attachments = [new ReplyAttachment("民事起诉状草稿.txt", ReplyAttachment.PlainText, "民事起诉状\n原告：【你的姓名】")],
        };

        var activity = ReplyActivityFactory.FromReply(inbound, reply);

        var attachment = Assert.Single(activity.Attachments!.Value.EnumerateArray());
        Assert.Equal("text/plain", attachment.GetProperty("contentType").GetString());
        Assert.Equal("民事起诉状草稿.txt", attachment.GetProperty("name").GetString());
        var url = attachment.GetProperty("contentUrl").GetString()!;
        const string prefix = "data:text/plain;charset=utf-8;base64,";
        Assert.StartsWith(prefix, url, StringComparison.Ordinal);
        Assert.Equal("民事起诉状\n原告：【你的姓名】", Encoding.UTF8.GetString(Convert.FromBase64String(url[prefix.Length..])));
    }

    [Fact]
    public void ReplyWithoutFiles_HasNoAttachments()
    {
        var activity = ReplyActivityFactory.FromReply(new Activity { Type = ActivityTypes.Message }, new BotReply("hi", Language.EnUs, []));

        Assert.Null(activity.Attachments);
    }
}
