using System.Text.Json;
using System.Text.RegularExpressions;
using RecoveryBot.Bot.Endpoints;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// The optional body of tokens/generate and conversations: <c>{"user":{"id":"…"},"locale":"zh-CN"}</c>
/// (directlinejs sends <c>{"user":{}}</c> when it knows no user id).
/// </summary>
public sealed partial record StartRequest(ChannelAccount? User, string? Locale)
{
    public const int MaxUserIdLength = 64;
    private const int MaxBodyBytes = 4096;

    public static StartRequest Empty { get; } = new(null, null);

    /// <summary>A locale only when it looks like a BCP-47 tag; anything else is dropped rather than passed to the bot.</summary>
    public string? ValidLocale => Locale is { Length: <= 35 } tag && LocalePattern().IsMatch(tag) ? tag : null;

    /// <summary>The body, <see cref="Empty"/> when there is none, or a problem to answer with 400.</summary>
    public static async Task<(StartRequest? Request, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await RequestBodyReader.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, $"The body is larger than {MaxBodyBytes} bytes.");
        }

        if (body.Value.IsEmpty)
        {
            return (Empty, null);
        }

        StartRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<StartRequest>(body.Value.Span, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON of the form {\"user\":{\"id\":\"…\"},\"locale\":\"…\"}.");
        }

        var userId = parsed?.User?.Id;
        if (userId is not null && (userId.Length > MaxUserIdLength || userId.Any(char.IsControl)))
        {
            return (null, $"user.id must be at most {MaxUserIdLength} printable characters.");
        }

        return (parsed ?? Empty, null);
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalePattern();
}
