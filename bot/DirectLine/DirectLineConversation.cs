namespace RecoveryBot.Bot.DirectLine;

/// <summary>A Direct Line conversation: its id and the one user its tokens speak for.</summary>
public sealed record DirectLineConversation(string Id, string UserId);
