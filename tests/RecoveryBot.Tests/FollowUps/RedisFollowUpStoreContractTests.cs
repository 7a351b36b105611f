using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Tests.Infrastructure;
using StackExchange.Redis;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>The contract on a real redis-server, the second handle on a connection of its own (another instance).</summary>
[Collection(RedisTests.Name)]
public sealed class RedisFollowUpStoreContractTests : FollowUpStoreContractTests
{
    private readonly ConnectionMultiplexer _otherConnection;
    private readonly RedisFollowUpStore _store;
    private readonly RedisFollowUpStore _other;

    public RedisFollowUpStoreContractTests(RedisServer server)
    {
        var prefix = RedisServer.UniquePrefix();
        _otherConnection = server.Connect();
        _store = new RedisFollowUpStore(server.Connection, prefix, TimeSpan.FromDays(90));
        _other = new RedisFollowUpStore(_otherConnection, prefix, TimeSpan.FromDays(90));
    }

    protected override IFollowUpStore Store => _store;

    protected override IFollowUpStore OtherHandle => _other;

    protected override void Dispose(bool disposing)
    {
        _otherConnection.Dispose();
        base.Dispose(disposing);
    }
}
