namespace RecoveryBot.Bot.Hosting;

/// <summary>The <c>Bot</c> configuration section: limits of the host.</summary>
public sealed class BotHostOptions
{
    public const string SectionName = "Bot";

    /// <summary>Largest accepted request body in bytes; larger ones get 413. Default 262,144 (256 KiB).</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest message text handed to the conversation, in UTF-16 code units. Longer texts are cut at this
    /// length (never inside a surrogate pair), the turn goes on and the bot says it read only the start.
    /// Default <see cref="Dialogs.Conversation.TurnInput.DefaultMaxTextLength"/> (2,000).
    /// </summary>
    public int MaxTextLength { get; set; } = Dialogs.Conversation.TurnInput.DefaultMaxTextLength;

    /// <summary>How often a turn is run when its state save keeps losing to a concurrent writer (another instance). Default 10.</summary>
    public int MaxTurnAttempts { get; set; } = 10;

    /// <summary>Timeout of one reply POST to the Connector, in seconds. Default 15.</summary>
    public int ConnectorTimeoutSeconds { get; set; } = 15;

    /// <summary>Messages (and joins) one conversation may send at once before it is slowed down. Default 20.</summary>
    public int RateLimitBurst { get; set; } = 20;

    /// <summary>Messages per minute one conversation may send in the long run; more get 429 with Retry-After. Default 60.</summary>
    public int RateLimitPerMinute { get; set; } = 60;

    /// <summary>How long shutdown waits for turns in flight to save and answer, in seconds. Default 30.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;
}
