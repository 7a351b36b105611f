using System.Text.Json;
using RecoveryBot.Bot.Cards;
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

    /// <summary>
    /// The reply as the channel shows it best. A rich client (every channel but the terminal) gets Markdown
    /// (<see cref="MarkdownText"/>) and the plan as an Adaptive Card under its heading; the terminal gets the
    /// plain text, the plan as a numbered list.
    /// </summary>
    public static Activity FromReply(Activity inbound, BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        var rich = Channels.IsRich(inbound.ChannelId);
        var card = rich && reply.Overview is { } overview ? PlanCard.From(overview, reply.Text) : null;
        var text = card is null ? reply.Text : reply.Overview!.Heading;
        return ReplyTo(inbound) with
        {
            Type = ActivityTypes.Message,
            Text = string.IsNullOrEmpty(text) ? null : rich ? MarkdownText.From(text) : TerminalText.From(text),
            TextFormat = string.IsNullOrEmpty(text) ? null : rich ? "markdown" : "plain",
            Locale = reply.Language.Tag(),
            InputHint = reply.IsPrompt ? InputHints.ExpectingInput : InputHints.AcceptingInput,
            SuggestedActions = reply.SuggestedActions is { Count: > 0 } choices
                ? new SuggestedActions { Actions = [.. choices.Select(CardAction.ImBack)] }
                : null,
            ChannelData = reply.Expecting is null && reply.Plan is null
                ? null
                : JsonSerializer.SerializeToElement(new ReplyChannelData(reply.Expecting, reply.Plan), ProtocolJson.Options),
            Attachments = Attachments(reply, card),
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

    private static JsonElement? Attachments(BotReply reply, AdaptiveCard? card)
    {
        var attachments = reply.Attachments.Select(object (file) => ReplyAttachments.ToActivityAttachment(file)).ToList();
        if (card is not null)
        {
            attachments.Add(new CardAttachment(AdaptiveCard.ContentType, card));
        }

        return attachments.Count > 0 ? JsonSerializer.SerializeToElement(attachments, ProtocolJson.Options) : null;
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
