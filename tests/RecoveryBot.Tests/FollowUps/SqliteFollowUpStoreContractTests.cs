using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Tests.Storage;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>Two handles on one SQLite file stand for two bot processes sharing it.</summary>
public sealed class SqliteFollowUpStoreContractTests : FollowUpStoreContractTests
{
    private readonly TempDatabase _database = new();
    private readonly SqliteFollowUpStore _store;
    private readonly SqliteFollowUpStore _other;

    public SqliteFollowUpStoreContractTests()
    {
        _store = SqliteFollowUpStore.Open(_database.DatabasePath);
        _other = SqliteFollowUpStore.Open(_database.DatabasePath);
    }

    protected override IFollowUpStore Store => _store;

    protected override IFollowUpStore OtherHandle => _other;

    [Fact]
    public async Task Reopen_KeepsTheFollowUps()
    {
        var followUp = Planned("c1", "ask-recipient-return", Now);
        await _store.ReplaceAsync(followUp.StateKey, [followUp], default);
        _store.Dispose();

        using var reopened = SqliteFollowUpStore.Open(_database.DatabasePath);

        Assert.Equal([followUp], await reopened.PendingAsync(followUp.StateKey, default));
    }

    protected override void Dispose(bool disposing)
    {
        _store.Dispose();
        _other.Dispose();
        _database.Dispose();
        base.Dispose(disposing);
    }
}
