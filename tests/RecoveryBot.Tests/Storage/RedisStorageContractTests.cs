using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Tests.Infrastructure;
using StackExchange.Redis;

namespace RecoveryBot.Tests.Storage;

[Collection(RedisTests.Name)]
public sealed class RedisStorageContractTests : StorageContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly RedisServer _server;
    private readonly string _prefix = RedisServer.UniquePrefix();
    private readonly ConnectionMultiplexer _otherConnection;
    private readonly RedisStorage _storage;
    private readonly RedisStorage _other;

    public RedisStorageContractTests(RedisServer server)
    {
        _server = server;
        _otherConnection = server.Connect();
        _storage = new RedisStorage(server.Connection, _prefix, TimeSpan.FromDays(90), new FakeTimeProvider(Now));
        _other = new RedisStorage(_otherConnection, _prefix, TimeSpan.FromDays(90), new FakeTimeProvider(Now));
    }

    protected override IStorage Storage => _storage;

    protected override IStorage OtherHandle => _other;

    [Fact]
    public async Task Write_StoresAVersionedHashUnderAVersionedKey()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["emulator/conversations/c1"] = new("{\"a\":1}") });

        var hash = (await _server.Connection.GetDatabase().HashGetAllAsync($"{_prefix}v1:state:emulator/conversations/c1"))
            .ToDictionary(entry => (string)entry.Name!, entry => (string)entry.Value!);
        Assert.Equal("{\"a\":1}", hash["value"]);
        Assert.Equal("1", hash["schema"]);
        Assert.Equal(Now, DateTimeOffset.Parse(hash["updatedAt"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(string.IsNullOrEmpty(hash["etag"]));
    }

    [Fact]
    public async Task Write_SetsTheExpiryAndEveryWriteRenewsIt()
    {
        var eTag = (await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("1") }))["k"];
        await _server.Connection.GetDatabase().KeyExpireAsync($"{_prefix}v1:state:k", TimeSpan.FromDays(1));

        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("2", eTag) });

        var ttl = await _storage.TimeToLiveAsync("k");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromDays(89.9), TimeSpan.FromDays(90));
    }

    [Fact]
    public async Task ExpiredKey_ReadsAsAbsentAndCanBeCreatedAgain()
    {
        var shortLived = new RedisStorage(_server.Connection, _prefix, TimeSpan.FromMilliseconds(200), TimeProvider.System);
        await shortLived.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("1") });

        await Task.Delay(400);

        Assert.Empty(await shortLived.ReadAsync(["k"]));
        await shortLived.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("2") });
    }

    [Fact]
    public async Task Read_KeyWrittenByANewerLayout_FailsInsteadOfGuessing()
    {
        await _server.Connection.GetDatabase().HashSetAsync($"{_prefix}v1:state:k", [new("value", "x"), new("etag", "e"), new("schema", 2)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task Delete_RemovesTheRedisKey()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("1") });

        await _storage.DeleteAsync(["k"]);

        Assert.False(await _server.Connection.GetDatabase().KeyExistsAsync($"{_prefix}v1:state:k"));
    }

    protected override void Dispose(bool disposing)
    {
        _otherConnection.Dispose();
        base.Dispose(disposing);
    }
}
