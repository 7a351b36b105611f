using RecoveryBot.Bot.Conversation;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bench;

/// <summary>
/// The bot's activity pipeline without HTTP: the same services the host registers, the registered
/// conversation, and an SQLite (or memory) store in a temporary folder. Logging is off.
/// </summary>
internal sealed class InProcessBot : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "recoverybot-bench", Guid.NewGuid().ToString("N"));
    private readonly ActivityProcessor _processor;
    private readonly int[] _sequence;

    public InProcessBot(StorageKind storageKind, int conversations = 64)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddActivityProcessing();
        services.AddSingleton<IStorage>(provider => storageKind == StorageKind.Memory
            ? new MemoryStorage()
            : SqliteStorage.Open(Path.Combine(_folder, "bench.db"), provider.GetRequiredService<TimeProvider>()));
        services.AddRecoveryConversation();
        _services = services.BuildServiceProvider();
        _processor = _services.GetRequiredService<ActivityProcessor>();
        _sequence = new int[conversations];
    }

    /// <summary>One whole turn of conversation <paramref name="conversation"/>: map, load, run, save, build replies.</summary>
    public async Task<int> TurnAsync(int conversation)
    {
        var sequence = _sequence[conversation]++;
        var lines = ConversationScript.Lines[conversation % ConversationScript.Lines.Count];
        var round = sequence / lines.Count;
        var activity = ConversationScript.Message($"bench-{conversation}-{round}", sequence, lines[sequence % lines.Count], "http://127.0.0.1:9");
        var result = await _processor.ProcessAsync(activity, CancellationToken.None);
        return result.Body?.Activities.Count ?? 0;
    }

    public void Dispose()
    {
        (_services.GetService<IStorage>() as IDisposable)?.Dispose();
        _services.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
