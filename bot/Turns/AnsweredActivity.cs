using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>An inbound activity id and the replies the turn it started produced.</summary>
public sealed record AnsweredActivity(string ActivityId, IReadOnlyList<BotReply> Replies);
