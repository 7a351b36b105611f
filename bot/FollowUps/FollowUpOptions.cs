namespace RecoveryBot.Bot.FollowUps;

/// <summary>The <c>FollowUps</c> configuration section: whether and how the bot writes first at a step's due time.</summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUps";

    /// <summary>
    /// <see langword="false"/>: no follow-up is scheduled or sent by this instance (the plan's
    /// <c>followUps</c> still says when they would be). Default <see langword="true"/>.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the store is asked for due follow-ups, in seconds. Default 15.</summary>
    public double PollIntervalSeconds { get; set; } = 15;

    /// <summary>
    /// How long a claimed follow-up is held before another instance may take it (the claimer died), in seconds.
    /// Longer than a turn plus a delivery with its timeout. Default 120.
    /// </summary>
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>Claims of one follow-up before it is given up (a channel that keeps failing). Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The pause before the first retry, in seconds; it doubles with every further attempt. Default 60.</summary>
    public double RetryAfterSeconds { get; set; } = 60;

    /// <summary>Follow-ups claimed at once per poll. Default 20.</summary>
    public int BatchSize { get; set; } = 20;

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>The pause after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan RetryDelay(int attempt) => TimeSpan.FromSeconds(RetryAfterSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16)));
}
