using System.Text.Json.Serialization;

namespace RecoveryBot.Bot.Cards;

/// <summary>
/// The part of the Adaptive Card schema (1.5) the bot uses, as typed records: the <c>AdaptiveCards</c> package
/// is not in the feed. Written with <see cref="Protocol.ProtocolJson.Options"/> (camelCase, nulls omitted).
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<SubmitAction> Actions, string FallbackText)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";

    public string Version => "1.5";
}

/// <summary>An element of a card's body; <c>type</c> names it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
public abstract record CardElement
{
    /// <summary><c>none</c>, <c>small</c>, <c>default</c>, <c>medium</c>…; null keeps the host's spacing.</summary>
    public string? Spacing { get; init; }

    public bool? Separator { get; init; }
}

/// <summary>Text that wraps; <see cref="Weight"/> <c>bolder</c>, <see cref="Size"/> <c>small</c>, <see cref="Color"/> <c>accent</c>…</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap => true;

    public string? Weight { get; init; }

    public string? Size { get; init; }

    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }
}

/// <summary>A group of elements; <see cref="Style"/> <c>emphasis</c> shades it.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>A column; <see cref="Width"/> <c>auto</c> or <c>stretch</c>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items, string Width)
{
    public string Type => "Column";

    public string? VerticalContentAlignment { get; init; }
}

/// <summary>
/// A button that sends <see cref="Data"/> back. The data says "send this text as if the user typed it" in the
/// two dialects that exist: Web Chat's (<c>__isBotFrameworkCardAction</c> with an <c>imBack</c>) and Teams'
/// (<c>msteams</c> <c>imBack</c>), so the bot reads the answer as an ordinary message everywhere.
/// </summary>
public sealed record SubmitAction(string Title, SubmitData Data)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Action.Submit";

    public static SubmitAction SendingText(string text) =>
        new(text, new SubmitData(new ImBack(text), new ImBack(text)));
}

public sealed record SubmitData(
    [property: JsonPropertyName("cardAction")] ImBack CardAction,
    [property: JsonPropertyName("msteams")] ImBack MsTeams)
{
    [JsonPropertyName("__isBotFrameworkCardAction")]
    public bool IsBotFrameworkCardAction => true;
}

/// <summary>An <c>imBack</c> card action: the client posts <see cref="Value"/> as the user's message.</summary>
public sealed record ImBack(string Value)
{
    public string Type => "imBack";

    public string Title => Value;
}
