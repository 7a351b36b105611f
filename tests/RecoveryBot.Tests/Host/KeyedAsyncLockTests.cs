using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Tests.Host;

public class KeyedAsyncLockTests
{
    [Fact]
    public async Task SameKey_SecondWaitsUntilTheFirstIsReleased()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("k");

        var second = locks.AcquireAsync("k");
        await Task.Delay(20);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task DifferentKeys_DoNotWaitForEachOther()
    {
        var locks = new KeyedAsyncLock();
        using var first = await locks.AcquireAsync("a");

        var second = locks.AcquireAsync("b");

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task CancelledWaiter_LeavesNoEntryBehind()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("k");
        using var cancel = new CancellationTokenSource();

        var waiter = locks.AcquireAsync("k", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        first.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task DisposingTwice_ReleasesOnce()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("k");
        var second = locks.AcquireAsync("k");
        first.Dispose();
        var held = await second;

        first.Dispose();
        var third = locks.AcquireAsync("k");

        Assert.False(third.IsCompleted);
        held.Dispose();
        (await third).Dispose();
    }
}
