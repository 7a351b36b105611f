using System.Text.Json;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>Turns an inbound activity into the conversation's <see cref="TurnInput"/>, or says it needs no turn.</summary>
public static class TurnInputMapper
{
    /// <summary>
    /// A message becomes <see cref="InputKind.Message"/> (a card submit with a string <c>value</c> and no
    /// text uses the value, and so does one whose data carries an <c>imBack</c>, as the plan card's buttons do); a conversationUpdate that adds anyone but the bot becomes
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
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        return activity.Value switch
        {
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            { ValueKind: JsonValueKind.Object } value => SubmittedText(value) ?? activity.Text,
            _ => activity.Text,
        };
    }

    /// <summary>A card button's data posted back as it is (a client that knows neither dialect of <c>imBack</c> in it).</summary>
    private static string? SubmittedText(JsonElement data)
    {
        foreach (var dialect in (string[])["msteams", "cardAction"])
        {
            if (data.TryGetProperty(dialect, out var action) && action.ValueKind == JsonValueKind.Object
                && action.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString();
            }
        }

        return null;
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
