using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Tests.Operations;

namespace RecoveryBot.Tests.Host;

public class TurnRunnerTests
{
    private const string Key = "test/conversations/c1";

    private static readonly TurnInput Hello = new(InputKind.Message, "hello");

    [Fact]
    public async Task Run_NewConversation_SavesCreateOnlyAndReturnsReplies()
    {
        var storage = new MemoryStorage();
        var runner = Runner(storage, new ScriptedConversation());

        var result = await runner.RunAsync(Key, Hello, null, CancellationToken.None);

        Assert.Equal("turn 1", Assert.Single(result.Replies).Text);
        Assert.Equal(1, StoredConversationSerializer.Deserialize((await storage.ReadAsync([Key]))[Key].Value).State.TurnCount);
    }

    [Fact]
    public async Task Run_SaveConflict_ReloadsAndRunsTheTurnAgainOnFreshState()
    {
        var fresh = new StoreItem(ConversationStateSerializer.Serialize(ConversationState.New with { TurnCount = 5 }), "e2");
        var storage = new Mock<IStorage>(MockBehavior.Strict);
        storage.SetupSequence(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, StoreItem>())
            .ReturnsAsync(new Dictionary<string, StoreItem> { [Key] = fresh });
        storage.SetupSequence(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(StorageConflictException.For(Key, null))
            .ReturnsAsync(new Dictionary<string, string> { [Key] = "e3" });
        var conversation = new ScriptedConversation();

        var result = await Runner(storage.Object, conversation).RunAsync(Key, Hello, null, CancellationToken.None);

        Assert.Equal("turn 6", Assert.Single(result.Replies).Text);
        Assert.Equal(2, conversation.Inputs.Count);
        storage.Verify(s => s.WriteAsync(It.Is<IReadOnlyDictionary<string, StoreItem>>(c => c[Key].ETag == null), It.IsAny<CancellationToken>()), Times.Once());
        storage.Verify(s => s.WriteAsync(It.Is<IReadOnlyDictionary<string, StoreItem>>(c => c[Key].ETag == "e2"), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task Run_ConflictOnEveryAttempt_GivesUpAfterTheConfiguredAttempts()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, StoreItem>());
        storage.Setup(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(StorageConflictException.For(Key, null));

        await Assert.ThrowsAsync<StorageConflictException>(() => Runner(storage.Object, new ScriptedConversation(), maxAttempts: 3).RunAsync(Key, Hello, null, CancellationToken.None));

        storage.Verify(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Run_ConversationThrows_SavesNothing()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, StoreItem>());

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Runner(storage.Object, new ScriptedConversation()).RunAsync(Key, Hello with { Text = ScriptedConversation.Boom }, null, CancellationToken.None));

        storage.Verify(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Fact]
    public async Task Run_UnreadableStoredState_StartsOverAndOverwritesIt()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new("{not json") });

        var result = await Runner(storage, new ScriptedConversation()).RunAsync(Key, Hello, null, CancellationToken.None);

        Assert.Equal("turn 1", Assert.Single(result.Replies).Text);
    }

    [Fact]
    public async Task Run_SameActivityIdAgain_ReturnsTheStoredRepliesWithoutRunningTheTurn()
    {
        var storage = new MemoryStorage();
        var conversation = new ScriptedConversation();
        var runner = Runner(storage, conversation);
        await runner.RunAsync(Key, Hello, "a1", CancellationToken.None);
        var second = await runner.RunAsync(Key, Hello, "a2", CancellationToken.None);

        var retried = await runner.RunAsync(Key, Hello, "a1", CancellationToken.None);

        Assert.True(retried.Replayed);
        Assert.False(second.Replayed);
        Assert.Equal("turn 1", Assert.Single(retried.Replies).Text);
        Assert.Equal(2, conversation.Inputs.Count);
        Assert.Equal(2, StoredConversationSerializer.Deserialize((await storage.ReadAsync([Key]))[Key].Value).State.TurnCount);
    }

    [Fact]
    public async Task Run_RemembersOnlyTheLastAnsweredActivities()
    {
        var storage = new MemoryStorage();
        var runner = Runner(storage, new ScriptedConversation());
        for (var i = 0; i < StoredConversation.AnsweredKept + 3; i++)
        {
            await runner.RunAsync(Key, Hello, $"a{i}", CancellationToken.None);
        }

        var stored = StoredConversationSerializer.Deserialize((await storage.ReadAsync([Key]))[Key].Value);

        Assert.Equal(StoredConversation.AnsweredKept, stored.Answered.Count);
        Assert.Equal($"a{StoredConversation.AnsweredKept + 2}", stored.Answered[^1].ActivityId);
        Assert.Null(stored.Find("a0"));
    }

    [Fact]
    public async Task Run_TurnThatErasesTheData_DeletesTheKeyInsteadOfSaving()
    {
        var storage = new MemoryStorage();
        var conversation = new ScriptedConversation();
        var runner = Runner(storage, conversation);
        await runner.RunAsync(Key, Hello, "a1", CancellationToken.None);

        var result = await runner.RunAsync(Key, Hello with { Text = ScriptedConversation.Forget }, "a2", CancellationToken.None);

        Assert.True(result.StateDeleted);
        Assert.Empty(await storage.ReadAsync([Key]));
    }

    [Fact]
    public async Task Run_ConversationStoredBeforeTheEnvelope_IsReadAsItsState()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(ConversationStateSerializer.Serialize(ConversationState.New with { TurnCount = 7 })) });

        var result = await Runner(storage, new ScriptedConversation()).RunAsync(Key, Hello, "a1", CancellationToken.None);

        Assert.Equal("turn 8", Assert.Single(result.Replies).Text);
    }

    private static TurnRunner Runner(IStorage storage, IRecoveryConversation conversation, int maxAttempts = 5) =>
        new(storage, conversation, new KeyedAsyncLock(), Options.Create(new BotHostOptions { MaxTurnAttempts = maxAttempts }), TimeProvider.System, TestMetrics.Create(), NullLogger<TurnRunner>.Instance);
}
