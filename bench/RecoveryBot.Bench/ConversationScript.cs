using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bench;

/// <summary>
/// What a benchmark user says: a realistic opening and follow-ups, in both languages. Each simulated
/// conversation walks through one language's lines, then a new conversation starts.
/// </summary>
internal static class ConversationScript
{
    public static readonly IReadOnlyList<IReadOnlyList<string>> Lines =
    [
        ["我三个小时前转错了500块给一个不认识的人，他还没收款", "对", "好的", "没有用", "还是没退", "谢谢"],
        ["I sent 200 yuan by mistake to a stranger yesterday evening, he hasn't accepted it", "yes", "ok", "it didn't work", "still nothing", "thanks"],
    ];

    public static Activity Message(string conversationId, int sequence, string text, string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{conversationId}|{sequence:D7}",
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "bench-user", Role = "user" },
        Recipient = new ChannelAccount { Id = "recoverybot", Role = "bot" },
        Locale = "en-US",
        LocalTimezone = "Asia/Shanghai",
        LocalTimestamp = new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.FromHours(8)),
        Text = text,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };
}
