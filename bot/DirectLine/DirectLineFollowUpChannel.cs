using System.Text.Json;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Follow-ups on the bot's own Direct Line: appended to the conversation's activity log, where a WebSocket client
/// gets them at once and a page that polls or reloads gets them next time. A follow-up whose activity is in the log
/// already (an instance appended it and died before it could say so) is not appended again. A conversation the
/// store has forgotten is gone.
/// </summary>
public sealed class DirectLineFollowUpChannel(IDirectLineStore store, KeyedAsyncLock locks) : IFollowUpChannel
{
    public FollowUpRoute Route => FollowUpRoute.DirectLine;

    public async Task<DeliveryResult> DeliverAsync(FollowUp followUp, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(activities);
        var conversationId = followUp.Address.ConversationId;
        using var conversationLock = await locks.AcquireAsync(DirectLineChannel.LockKey(conversationId), cancellationToken);
        var log = await store.ReadAsync(conversationId, 0, cancellationToken);
        if (log is null)
        {
            return DeliveryResult.Gone;
        }

        var logged = log.Activities.Select(FollowUpActivityId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = activities.Where(a => FollowUpActivityId(a) is not { } id || !logged.Contains(id)).ToList();
        if (missing.Count == 0)
        {
            return DeliveryResult.Delivered;
        }

        return await store.AppendAsync(conversationId, missing, cancellationToken) is null ? DeliveryResult.Gone : DeliveryResult.Delivered;
    }

    private static string? FollowUpActivityId(Activity activity) => FollowUpActivityId(activity.ChannelData);

    private static string? FollowUpActivityId(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("channelData", out var channelData) ? FollowUpActivityId(channelData) : null;
    }

    private static string? FollowUpActivityId(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("followUp", out var followUp)
        && followUp.ValueKind == JsonValueKind.Object
        && followUp.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
