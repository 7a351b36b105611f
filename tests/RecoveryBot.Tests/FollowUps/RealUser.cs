using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// A user whose transfer's automatic refund is due in about a minute and a half, by the real clock: they write at
/// a local time in the afternoon (a UTC offset chosen so, whatever time the suite runs, the follow-up is not moved
/// out of the night) that they sent 500 yuan 24 hours minus that long ago and the recipient has not accepted it.
/// </summary>
internal sealed class RealUser
{
    private static readonly TimeSpan Ahead = TimeSpan.FromSeconds(90);

    public RealUser()
    {
        var utcNow = TimeProvider.System.GetUtcNow();
        var hours = 14 - utcNow.Hour;
        hours = hours > 12 ? hours - 24 : hours < -11 ? hours + 24 : hours;
        Offset = TimeSpan.FromHours(hours);
        var local = utcNow.ToOffset(Offset);

        // The due time counts from the minute of sending; keep it at least 75 s ahead so the plan, built a moment
        // later, still lists the follow-up (a step due within a minute is "now" and gets none).
        var dueLocal = local + Ahead;
        dueLocal = new DateTimeOffset(dueLocal.Year, dueLocal.Month, dueLocal.Day, dueLocal.Hour, dueLocal.Minute, 0, Offset);
        if (dueLocal - local < TimeSpan.FromSeconds(75))
        {
            dueLocal = dueLocal.AddMinutes(1);
        }

        Due = dueLocal;
        var sent = dueLocal.AddDays(-1);
        Opening = string.Create(CultureInfo.InvariantCulture, $"我昨天{sent.Hour}点{sent.Minute}分转错了500块给一个不认识的人，他还没收款");
    }

    public TimeSpan Offset { get; }

    /// <summary>When the refund is due (24 hours after sending), in the user's offset.</summary>
    public DateTimeOffset Due { get; }

    public string Opening { get; }

    public DateTimeOffset LocalNow => TimeProvider.System.GetUtcNow().ToOffset(Offset);

    /// <summary>An Emulator-shaped message of this user, replies to go to <paramref name="serviceUrl"/>.</summary>
    public JsonObject Message(string text, string conversationId, string serviceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["localTimestamp"] = LocalNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "emulator",
        ["from"] = new JsonObject { ["id"] = "user-real", ["name"] = "User", ["role"] = "user" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "bot-real", ["name"] = "Bot", ["role"] = "bot" },
        ["locale"] = "zh-CN",
        ["text"] = text,
    };

    /// <summary>Posts the opening and the confirmation to <c>/api/messages</c>, as a channel does.</summary>
    public async Task HoldUntilPlanAsync(HttpClient bot, string conversationId, string serviceUrl)
    {
        foreach (var text in new[] { Opening, "对" })
        {
            using var response = await bot.PostAsJsonAsync(new Uri("api/messages", UriKind.Relative), Message(text, conversationId, serviceUrl));
            response.EnsureSuccessStatusCode();
        }
    }
}
