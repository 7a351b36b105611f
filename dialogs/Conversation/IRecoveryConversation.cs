namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The whole conversation as a function: (state, input, now) → (replies, new state). It never touches
/// storage or the network; the host loads and saves <see cref="ConversationState"/> around it.
/// </summary>
public interface IRecoveryConversation
{
    TurnOutcome RunTurn(ConversationState state, TurnInput input);
}

/// <summary>The replies of one turn and the state to save before they are delivered.</summary>
public sealed record TurnOutcome(IReadOnlyList<BotReply> Replies, ConversationState State);
