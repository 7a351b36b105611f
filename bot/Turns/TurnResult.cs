using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The replies of a turn. <see cref="Replayed"/>: the activity had been answered already (a retry), so these
/// are the stored replies and nothing ran or changed. <see cref="StateDeleted"/>: the user asked for their
/// data to be erased and the conversation's key is gone.
/// </summary>
public sealed record TurnResult(IReadOnlyList<BotReply> Replies, bool Replayed = false, bool StateDeleted = false)
{
    /// <summary>The follow-ups the conversation wants after this turn (none when replayed or deleted).</summary>
    public IReadOnlyList<PlannedFollowUp> FollowUps { get; init; } = [];
}
