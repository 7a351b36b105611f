using System.Text.Json;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>Turns an inbound activity into the conversation's <see cref="TurnInput"/>, or says it needs no turn.</summary>
public static class TurnInputMapper
{
    /// <summary>
    /// A message becomes <see cref="InputKind.Message"/> (a card submit with a string <c>value</c> and no
    /// text uses the value); a conversationUpdate that adds anyone but the bot becomes
    /// <see cref="InputKind.UserJoined"/>; everything else needs no turn (<see langword="null"/>).
    /// </summary>
    public static TurnInput? Map(Activity activity, int maxTextLength)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Is(activity, ActivityTypes.Message))
        {
            var text = MessageText(activity);
            return new TurnInput(InputKind.Message, Truncate(text, maxTextLength), activity.Locale, activity.LocalTimestamp, activity.LocalTimezone, text?.Length > maxTextLength);
        }

        if (Is(activity, ActivityTypes.ConversationUpdate) && AddsSomeoneOtherThanTheBot(activity))
        {
            return new TurnInput(InputKind.UserJoined, null, activity.Locale, activity.LocalTimestamp, activity.LocalTimezone);
        }

        return null;
    }

    /// <summary>Whether the activity is of a type that can start a turn (and so counts against the rate limit).</summary>
    public static bool StartsATurn(Activity activity) =>
        Is(activity, ActivityTypes.Message) || Is(activity, ActivityTypes.ConversationUpdate);

    public static bool Is(Activity activity, string type) =>
        string.Equals(activity?.Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text the user sent, before truncation.</summary>
    public static string? MessageText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { ValueKind: JsonValueKind.String } value)
        {
            return value.GetString();
        }

        return activity.Text;
    }

    private static bool AddsSomeoneOtherThanTheBot(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        return activity.MembersAdded?.Any(member => member is not null && (botId is null || !string.Equals(member.Id, botId, StringComparison.Ordinal))) == true;
    }

    private static string? Truncate(string? text, int maxLength)
    {
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut];
    }
}
