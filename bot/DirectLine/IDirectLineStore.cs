using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Direct Line conversations and their activity logs. Behind an interface so that several bot instances can
/// share them (Redis); <see cref="InMemoryDirectLineStore"/> is the bounded single-instance default.
/// Implementations must make <see cref="AppendAsync"/> atomic per conversation: ids and watermarks strictly
/// increase, timestamps never go backwards, and subscribers are told after the activities are readable.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Records a new conversation; <see langword="false"/> when the id is taken.</summary>
    Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>The conversation, or <see langword="null"/> when unknown (never created, or forgotten).</summary>
    Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the conversation started; <see langword="true"/> for exactly one caller, who then runs the bot's
    /// welcome. <see langword="false"/> when it was started already or is unknown.
    /// </summary>
    Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends activities in order, giving each the next id (<c>{conversationId}|{sequence:D7}</c>) and a UTC
    /// timestamp; returns them as stored, or <see langword="null"/> when the conversation is unknown.
    /// </summary>
    Task<IReadOnlyList<Activity>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>
    /// The activities after <paramref name="watermark"/> (0: from the start) still kept, as JSON, and the new
    /// watermark; <see langword="null"/> when the conversation is unknown.
    /// </summary>
    Task<ActivityPage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets every activity logged so far (the user asked for their data to be erased); the conversation, its
    /// numbering and its watermarks go on. Unknown conversations are ignored.
    /// </summary>
    Task EraseActivitiesAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="appended"/> whenever activities were appended to the conversation, until disposed.</summary>
    IDisposable Subscribe(string conversationId, Action appended);
}
