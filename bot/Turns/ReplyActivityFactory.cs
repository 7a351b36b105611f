using System.Text.Json;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// Builds outgoing activities the way the SDK applies a conversation reference: <c>from</c>/<c>recipient</c>
/// swapped (the bot marked <c>role: bot</c>), conversation, channel and serviceUrl copied, no <c>id</c>,
/// <c>replyToId</c> = the inbound id except for a conversationUpdate on Direct Line / Web Chat.
/// </summary>
public static class ReplyActivityFactory
{
    private const string FallbackBotId = "bot";

    public static Activity FromReply(Activity inbound, BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return ReplyTo(inbound) with
        {
            Type = ActivityTypes.Message,
            Text = string.IsNullOrEmpty(reply.Text) ? null : reply.Text,

            // Web Chat (and the Emulator, which embeds it) renders text without a format as markdown and
            // runs the bot's lines together; every reply is plain text with line breaks.
            TextFormat = string.IsNullOrEmpty(reply.Text) ? null : "plain",
            Locale = reply.Language.Tag(),
            InputHint = reply.IsPrompt ? InputHints.ExpectingInput : InputHints.AcceptingInput,
            SuggestedActions = reply.SuggestedActions is { Count: > 0 } choices
                ? new SuggestedActions { Actions = [.. choices.Select(CardAction.ImBack)] }
                : null,
            ChannelData = reply.Expecting is null && reply.Plan is null
                ? null
                : JsonSerializer.SerializeToElement(new ReplyChannelData(reply.Expecting, reply.Plan), ProtocolJson.Options),
            Attachments = reply.Attachments is { Count: > 0 } files
                ? JsonSerializer.SerializeToElement(files.Select(ReplyAttachments.ToActivityAttachment).ToArray(), ProtocolJson.Options)
                : null,
        };
    }

    /// <summary>The Emulator's error trace (<c>OnTurnError Trace</c>), as the SDK's template error handler sends it.</summary>
    public static Activity ErrorTrace(Activity inbound, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ReplyTo(inbound) with
        {
            Type = ActivityTypes.Trace,
            Name = "OnTurnError Trace",
            Label = "TurnError",
            ValueType = "https://www.botframework.com/schemas/error",
            Value = JsonSerializer.SerializeToElement($"{exception.GetType().Name}: {exception.Message}", ProtocolJson.Options),
        };
    }

    /// <summary>A reply of <paramref name="inbound"/> carrying only the conversation reference.</summary>
    public static Activity ReplyTo(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return new Activity
        {
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            Conversation = inbound.Conversation,
            From = (inbound.Recipient ?? new ChannelAccount { Id = FallbackBotId }) with { Role = "bot" },
            Recipient = inbound.From,
            ReplyToId = ReplyToIdFor(inbound),
        };
    }

    /// <summary>
    /// Direct Line never shows conversationUpdates to the client, so a reply to one would point at an id
    /// Web Chat never sees (it then holds the reply back for seconds); the SDK sends those unthreaded.
    /// </summary>
    private static string? ReplyToIdFor(Activity inbound)
    {
        var unthreaded = TurnInputMapper.Is(inbound, ActivityTypes.ConversationUpdate)
            && (string.Equals(inbound.ChannelId, Channels.DirectLine, StringComparison.OrdinalIgnoreCase)
                || string.Equals(inbound.ChannelId, Channels.WebChat, StringComparison.OrdinalIgnoreCase));
        return unthreaded || string.IsNullOrEmpty(inbound.Id) ? null : inbound.Id;
    }
}
