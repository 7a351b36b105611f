using System.Text;
using RecoveryBot.Bot.Cards;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>An activity attachment as the Bot Framework schema names its members.</summary>
public sealed record ActivityAttachment(string ContentType, string Name, string ContentUrl);

/// <summary>A card attachment: its content type and the card itself.</summary>
public sealed record CardAttachment(string ContentType, AdaptiveCard Content);

/// <summary>
/// Turns a reply's files into activity attachments whose <c>contentUrl</c> is a <c>data:</c> URI, so any
/// client (Web Chat, the Emulator) offers them for download without a file server.
/// </summary>
public static class ReplyAttachments
{
    public static ActivityAttachment ToActivityAttachment(ReplyAttachment file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes(file.Text));
        return new ActivityAttachment(file.ContentType, file.Name, $"data:{file.ContentType};charset=utf-8;base64,{data}");
    }
}
