using System.Text.Json;

namespace RecoveryBot.Bot.Protocol;

/// <summary>
/// A clickable action on a card or a suggested action. The bot sends <c>imBack</c> actions whose
/// <see cref="Title"/> equals <see cref="Value"/>, as the SDK's <c>MessageFactory.SuggestedActions</c> does.
/// </summary>
public sealed record CardAction
{
    /// <summary>Action type (<c>imBack</c>, <c>postBack</c>, <c>messageBack</c>, <c>openUrl</c>, …). Default <see langword="null"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Button text. Default <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Icon URL. Default <see langword="null"/>.</summary>
    public string? Image { get; init; }

    /// <summary>Text sent by <c>messageBack</c>. Default <see langword="null"/>.</summary>
    public string? Text { get; init; }

    /// <summary>Text shown in the feed for <c>messageBack</c>. Default <see langword="null"/>.</summary>
    public string? DisplayText { get; init; }

    /// <summary>Payload: a string for <c>imBack</c>, any JSON otherwise. Default <see langword="null"/>.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Channel-specific data. Default <see langword="null"/>.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>An <c>imBack</c> action that sends <paramref name="text"/> and shows it as its title.</summary>
    public static CardAction ImBack(string text) => new()
    {
        Type = ActionTypes.ImBack,
        Title = text,
        Value = JsonSerializer.SerializeToElement(text, ProtocolJson.Options),
    };
}
