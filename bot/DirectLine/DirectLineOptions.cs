namespace RecoveryBot.Bot.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section: the self-hosted Direct Line 3.0 channel and its page.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Shortest accepted configured secret, in characters.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>
    /// The Direct Line secret: the master key that mints conversation tokens (<c>tokens/generate</c>) and signs
    /// them. Empty (the default): a random one is made at start-up and kept only in memory, so tokens do not
    /// survive a restart and instances do not accept each other's tokens.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>Lifetime of a conversation token in seconds (<c>expires_in</c>). Default 1,800, as the Azure service.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How long a <c>streamUrl</c> may be used to open the WebSocket, in seconds. Default 60.</summary>
    public int StreamUrlLifetimeSeconds { get; set; } = 60;

    /// <summary>Origins (<c>https://shop.example</c>) whose pages may call <c>/v3/directline</c> from the browser (CORS). Default none: same origin only.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Largest activity a client may post, in bytes; larger ones get 413. Default 65,536.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Activities kept per conversation; older ones drop out of the history. Default 500.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Conversations kept in memory; the least recently active are forgotten first. Default 10,000.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Bytes of activity JSON kept in memory in all; the least recently active conversations are forgotten first. Default 64 MiB.</summary>
    public long MaxLogBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary><c>POST /api/token</c> requests allowed per client address per minute; more get 429. Default 20.</summary>
    public int TokenRequestsPerMinute { get; set; } = 20;

    /// <summary>An empty WebSocket frame is sent after this many seconds without activities, to keep proxies from closing the stream. Default 30.</summary>
    public int StreamKeepAliveSeconds { get; set; } = 30;
}
