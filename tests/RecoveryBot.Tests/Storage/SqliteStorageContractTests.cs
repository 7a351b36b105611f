using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Tests.Storage;

public sealed class SqliteStorageContractTests : StorageContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _database = new();
    private readonly SqliteStorage _storage;
    private readonly SqliteStorage _other;

    public SqliteStorageContractTests()
    {
        var clock = new FakeTimeProvider(Now);
        _storage = SqliteStorage.Open(_database.DatabasePath, clock);
        _other = SqliteStorage.Open(_database.DatabasePath, clock);
    }

    protected override IStorage Storage => _storage;

    protected override IStorage OtherHandle => _other;

    [Fact]
    public void Open_CreatesTheFolderAndUsesWal()
    {
        Assert.True(File.Exists(_database.DatabasePath));
        using var connection = new SqliteConnection($"Data Source={_database.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task Write_RecordsTheTimeFromTheInjectedClock()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("v") });

        using var connection = new SqliteConnection($"Data Source={_database.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated_at FROM state WHERE key = 'k';";
        Assert.Equal(Now, DateTimeOffset.Parse((string)command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Reopen_KeepsEverything()
    {
        var eTag = (await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("v") }))["k"];
        _storage.Dispose();

        using var reopened = SqliteStorage.Open(_database.DatabasePath, TimeProvider.System);

        Assert.Equal(new StoreItem("v", eTag), (await reopened.ReadAsync(["k"]))["k"]);
    }

    [Fact]
    public async Task ManyWrites_AreCheckpointedIntoTheDatabaseFileBesideTheWriters()
    {
        var emptySize = new FileInfo(_database.DatabasePath).Length;

        for (var i = 0; i < 1100; i++)
        {
            await _storage.WriteAsync(new Dictionary<string, StoreItem> { [$"k{i}"] = new(new string('x', 200)) });
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (new FileInfo(_database.DatabasePath).Length <= emptySize && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.True(new FileInfo(_database.DatabasePath).Length > emptySize);
        Assert.Equal(1100, (await _storage.ReadAsync([.. Enumerable.Range(0, 1100).Select(i => $"k{i}")])).Count);
    }

    [Fact]
    public async Task ExpiredRow_ReadsAsAbsent_CreateOnlyReplacesIt_AndTheSweepDeletesIt()
    {
        var clock = new FakeTimeProvider(Now);
        using var expiring = SqliteStorage.Open(_database.DatabasePath, clock, TimeSpan.FromDays(90));
        var eTag = (await expiring.WriteAsync(new Dictionary<string, StoreItem> { ["old"] = new("1") }))["old"];
        clock.Advance(TimeSpan.FromDays(60));
        await expiring.WriteAsync(new Dictionary<string, StoreItem> { ["recent"] = new("2") });

        clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(["recent"], (await expiring.ReadAsync(["old", "recent"])).Keys);
        await Assert.ThrowsAsync<StorageConflictException>(() => expiring.WriteAsync(new Dictionary<string, StoreItem> { ["old"] = new("stale", eTag) }));
        Assert.Equal(1, await expiring.DeleteExpiredAsync());
        await expiring.WriteAsync(new Dictionary<string, StoreItem> { ["recent"] = new("3", StoreItem.AnyETag) });
        Assert.Equal(0, await expiring.DeleteExpiredAsync());
    }

    [Fact]
    public async Task ExpiredRow_CreateOnlyWriteTakesItsPlace()
    {
        var clock = new FakeTimeProvider(Now);
        using var expiring = SqliteStorage.Open(_database.DatabasePath, clock, TimeSpan.FromDays(1));
        await expiring.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("old") });
        clock.Advance(TimeSpan.FromDays(2));

        await expiring.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("new") });

        Assert.Equal("new", (await expiring.ReadAsync(["k"]))["k"].Value);
    }

    [Fact]
    public void Dispose_Twice_IsHarmless()
    {
        _storage.Dispose();
        _storage.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        _storage.Dispose();
        _other.Dispose();
        _database.Dispose();
        base.Dispose(disposing);
    }
}
