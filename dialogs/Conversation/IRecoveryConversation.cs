namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The whole conversation as a function: (state, input, now) → (replies, new state). It never touches
/// storage or the network; the host loads and saves <see cref="ConversationState"/> around it.
/// </summary>
public interface IRecoveryConversation
{
    TurnOutcome RunTurn(ConversationState state, TurnInput input);

    /// <summary>What the user is told, in their language, when a turn failed inside the bot.</summary>
    BotReply Apologize(TurnInput input);
}

/// <summary>
/// The replies of one turn and the state to save before they are delivered. <paramref name="DeleteState"/>:
/// the user asked for their data to be erased, so the host deletes the conversation's stored state instead.
/// </summary>
public sealed record TurnOutcome(IReadOnlyList<BotReply> Replies, ConversationState State, bool DeleteState = false)
{
    /// <summary>
    /// The follow-ups this conversation wants after the turn: the host replaces the ones it has scheduled with
    /// these (an empty list cancels them all).
    /// </summary>
    public IReadOnlyList<PlannedFollowUp> FollowUps { get; init; } = [];
}
