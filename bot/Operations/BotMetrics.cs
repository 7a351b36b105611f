using System.Diagnostics.Metrics;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Operations;

/// <summary>
/// The bot's instruments on the <c>RecoveryBot</c> meter (System.Diagnostics.Metrics, which OpenTelemetry
/// and <c>dotnet-counters</c> read directly). Tags carry only bounded values: channel ids outside the known
/// list are reported as <c>other</c>, so a client cannot blow up the number of series.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "RecoveryBot";

    private static readonly HashSet<string> KnownChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        Channels.Emulator, Channels.DirectLine, Channels.WebChat, "msteams", "test", "terminal",
    };

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _conflicts;
    private readonly UpDownCounter<long> _inFlight;
    private readonly Counter<long> _followUps;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("recoverybot.turns", "{turn}", "Turns answered, by channel and outcome (completed, replayed, deleted, failed).");
        _turnDuration = meter.CreateHistogram<double>("recoverybot.turn.duration", "s", "Time from an activity's arrival to its replies being ready or delivered.");
        _errors = meter.CreateCounter<long>("recoverybot.errors", "{error}", "Turns that threw and deliveries that failed, by kind.");
        _rejected = meter.CreateCounter<long>("recoverybot.requests.rejected", "{request}", "Requests refused before a turn, by reason.");
        _conflicts = meter.CreateCounter<long>("recoverybot.state.conflicts", "{conflict}", "State saves that lost a compare-and-swap and re-ran the turn.");
        _inFlight = meter.CreateUpDownCounter<long>("recoverybot.turns.in_flight", "{turn}", "Turns being processed now.");
        _followUps = meter.CreateCounter<long>("recoverybot.followups", "{followup}", "Follow-ups handled, by outcome (sent, stale, gone, retried, gave_up).");
    }

    public void TurnFinished(string? channelId, string outcome, TimeSpan duration)
    {
        var channel = new KeyValuePair<string, object?>("channel", Channel(channelId));
        _turns.Add(1, channel, new KeyValuePair<string, object?>("outcome", outcome));
        _turnDuration.Record(duration.TotalSeconds, channel);
    }

    public void Error(string kind) => _errors.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Rejected(string reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Conflict() => _conflicts.Add(1);

    /// <summary>One follow-up handled; <paramref name="outcome"/> is one of <see cref="FollowUps.FollowUpOutcomes"/>.</summary>
    public void FollowUp(string outcome) => _followUps.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void TurnStarted() => _inFlight.Add(1);

    public void TurnEnded() => _inFlight.Add(-1);

    private static string Channel(string? channelId) =>
        channelId is not null && KnownChannels.Contains(channelId) ? channelId.ToLowerInvariant() : "other";
}
