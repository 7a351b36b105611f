using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// What the host keeps under a conversation's storage key: the conversation's own state and the last few
/// inbound activities it answered, with their replies, so that a retried activity (a proxy or client that
/// never saw the answer posts it again) gets the same answer instead of a second turn.
/// </summary>
public sealed record StoredConversation(ConversationState State, IReadOnlyList<AnsweredActivity> Answered)
{
    /// <summary>How many answered activities are remembered; enough for retries and double taps in flight.</summary>
    public const int AnsweredKept = 8;

    public static StoredConversation New { get; } = new(ConversationState.New, []);

    public AnsweredActivity? Find(string? activityId) =>
        activityId is null ? null : Answered.FirstOrDefault(a => string.Equals(a.ActivityId, activityId, StringComparison.Ordinal));

    /// <summary>The next stored form: <paramref name="state"/>, and this turn remembered when its activity has an id.</summary>
    public StoredConversation After(ConversationState state, string? activityId, IReadOnlyList<BotReply> replies) =>
        activityId is null
            ? this with { State = state }
            : new StoredConversation(state, [.. Answered.TakeLast(AnsweredKept - 1), new AnsweredActivity(activityId, replies)]);
}
