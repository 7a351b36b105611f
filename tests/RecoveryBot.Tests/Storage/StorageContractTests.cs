using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Tests.Storage;

/// <summary>
/// The eTag contract every <see cref="IStorage"/> keeps (Bot Builder's IStorage semantics, see the
/// protocol note §6.4). Each implementation runs it through a subclass.
/// </summary>
public abstract class StorageContractTests : IDisposable
{
    private const string Key = "emulator/conversations/abc%7Clivechat";

    protected abstract IStorage Storage { get; }

    /// <summary>A second handle on the same data (another instance on the same file), or the same instance.</summary>
    protected abstract IStorage OtherHandle { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    [Fact]
    public async Task Read_MissingKeys_AreAbsent()
    {
        await Storage.WriteAsync(Changes(("present", new StoreItem("1", StoreItem.AnyETag))));

        var found = await Storage.ReadAsync(["present", "missing"]);

        Assert.Equal(["present"], found.Keys);
    }

    [Fact]
    public async Task Read_NoKeys_ReturnsNothing()
    {
        Assert.Empty(await Storage.ReadAsync([]));
    }

    [Fact]
    public async Task Write_NullETag_CreatesAndReturnsTheNewETag()
    {
        var written = await Storage.WriteAsync(Changes((Key, new StoreItem("{\"a\":1}"))));

        var stored = (await Storage.ReadAsync([Key]))[Key];
        Assert.Equal("{\"a\":1}", stored.Value);
        Assert.False(string.IsNullOrEmpty(stored.ETag));
        Assert.Equal(written[Key], stored.ETag);
    }

    [Fact]
    public async Task Write_NullETagOnExistingKey_Conflicts()
    {
        await Storage.WriteAsync(Changes((Key, new StoreItem("first"))));

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Changes((Key, new StoreItem("second")))));

        Assert.Equal(Key, conflict.Key);
        Assert.Equal("first", (await Storage.ReadAsync([Key]))[Key].Value);
    }

    [Fact]
    public async Task Write_MatchingETag_WritesAndIssuesANewETag()
    {
        var first = (await Storage.WriteAsync(Changes((Key, new StoreItem("1")))))[Key];

        var second = (await Storage.WriteAsync(Changes((Key, new StoreItem("2", first)))))[Key];

        Assert.NotEqual(first, second);
        Assert.Equal(new StoreItem("2", second), (await Storage.ReadAsync([Key]))[Key]);
    }

    [Fact]
    public async Task Write_StaleETag_ConflictsAndKeepsTheStoredValue()
    {
        var first = (await Storage.WriteAsync(Changes((Key, new StoreItem("1")))))[Key];
        await Storage.WriteAsync(Changes((Key, new StoreItem("2", first))));

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Changes((Key, new StoreItem("stale", first)))));

        Assert.Equal("2", (await Storage.ReadAsync([Key]))[Key].Value);
    }

    [Fact]
    public async Task Write_SpecificETagOnMissingKey_Conflicts()
    {
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Changes((Key, new StoreItem("x", "some-etag")))));

        Assert.Empty(await Storage.ReadAsync([Key]));
    }

    [Fact]
    public async Task Write_StarETag_CreatesAndOverwritesUnconditionally()
    {
        await Storage.WriteAsync(Changes((Key, new StoreItem("1", StoreItem.AnyETag))));
        await Storage.WriteAsync(Changes((Key, new StoreItem("2", StoreItem.AnyETag))));

        Assert.Equal("2", (await Storage.ReadAsync([Key]))[Key].Value);
    }

    [Fact]
    public async Task Write_EmptyETag_IsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(Changes((Key, new StoreItem("x", "")))));
    }

    [Fact]
    public async Task Write_SeveralKeysWithOneConflict_WritesNone()
    {
        await Storage.WriteAsync(Changes(("taken", new StoreItem("old"))));

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Changes(
            ("fresh", new StoreItem("new")),
            ("taken", new StoreItem("new")))));

        var found = await Storage.ReadAsync(["fresh", "taken"]);
        Assert.Equal(["taken"], found.Keys);
        Assert.Equal("old", found["taken"].Value);
    }

    [Fact]
    public async Task Write_SeveralKeys_WritesAllAndReturnsEveryETag()
    {
        var written = await Storage.WriteAsync(Changes(("k1", new StoreItem("1")), ("k2", new StoreItem("2"))));

        var found = await Storage.ReadAsync(["k1", "k2"]);
        Assert.Equal(written["k1"], found["k1"].ETag);
        Assert.Equal(written["k2"], found["k2"].ETag);
    }

    [Fact]
    public async Task Keys_AreComparedOrdinally()
    {
        await Storage.WriteAsync(Changes(("Conv", new StoreItem("upper")), ("conv", new StoreItem("lower"))));

        var found = await Storage.ReadAsync(["Conv", "conv", "CONV"]);

        Assert.Equal("upper", found["Conv"].Value);
        Assert.Equal("lower", found["conv"].Value);
        Assert.False(found.ContainsKey("CONV"));
    }

    [Theory]
    [InlineData("msteams/conversations/a:b@thread.skype;messageid=1")]
    [InlineData("emulator/conversations/9f1c|livechat")]
    [InlineData("x/conversations/'; DROP TABLE state; --")]
    [InlineData("中文/conversations/会话 1")]
    public async Task Keys_WithSeparatorsQuotesAndUnicode_RoundTrip(string key)
    {
        await Storage.WriteAsync(Changes((key, new StoreItem("{\"text\":\"我转错了 😀\"}"))));

        Assert.Equal("{\"text\":\"我转错了 😀\"}", (await Storage.ReadAsync([key]))[key].Value);
    }

    [Fact]
    public async Task Delete_RemovesKeysAndIgnoresMissingOnes()
    {
        await Storage.WriteAsync(Changes(("k1", new StoreItem("1")), ("k2", new StoreItem("2"))));

        await Storage.DeleteAsync(["k1", "never-existed"]);

        Assert.Equal(["k2"], (await Storage.ReadAsync(["k1", "k2"])).Keys);
    }

    [Fact]
    public async Task Delete_ThenCreateOnly_Succeeds()
    {
        await Storage.WriteAsync(Changes((Key, new StoreItem("1"))));
        await Storage.DeleteAsync([Key]);

        await Storage.WriteAsync(Changes((Key, new StoreItem("2"))));

        Assert.Equal("2", (await Storage.ReadAsync([Key]))[Key].Value);
    }

    [Fact]
    public async Task ETagFromOneHandle_GuardsWritesThroughTheOther()
    {
        var first = (await Storage.WriteAsync(Changes((Key, new StoreItem("1")))))[Key];
        await OtherHandle.WriteAsync(Changes((Key, new StoreItem("2", first))));

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Changes((Key, new StoreItem("3", first)))));
    }

    [Fact]
    public async Task ParallelWritersWithCompareAndSwap_LoseNoIncrement()
    {
        const int writers = 40;
        const string counter = "counter";
        await Storage.WriteAsync(Changes((counter, new StoreItem("0"))));
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await IncrementAsync(i % 2 == 0 ? Storage : OtherHandle, counter);
        })).ToArray();
        start.Set();
        await Task.WhenAll(tasks);

        Assert.Equal(writers.ToString(System.Globalization.CultureInfo.InvariantCulture), (await Storage.ReadAsync([counter]))[counter].Value);
    }

    private static async Task IncrementAsync(IStorage storage, string key)
    {
        while (true)
        {
            var current = (await storage.ReadAsync([key]))[key];
            var next = (int.Parse(current.Value, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                await storage.WriteAsync(Changes((key, new StoreItem(next, current.ETag))));
                return;
            }
            catch (StorageConflictException)
            {
                await Task.Yield();
            }
        }
    }

    private static Dictionary<string, StoreItem> Changes(params (string Key, StoreItem Item)[] changes) =>
        changes.ToDictionary(c => c.Key, c => c.Item, StringComparer.Ordinal);
}
