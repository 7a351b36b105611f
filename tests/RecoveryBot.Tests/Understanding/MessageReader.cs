using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;
using RecoveryBot.Tests.Conversation;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Reads one message the way a turn does (the real knowledge, the real recognizers), at a fixed time.</summary>
internal static class MessageReader
{
    /// <summary>Monday 23 November 2026, 20:15 in Beijing.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 20, 15, 0, TimeSpan.FromHours(8));

    private static readonly RecoveryConversation Conversation = new(ConversationTestClient.Knowledge, new FakeTimeProvider(Now));

    public static MessageReading Read(string text, Slot? expecting = null) => Conversation.Understand(text, expecting, Now);
}
