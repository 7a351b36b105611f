using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// What every <see cref="IFollowUpStore"/> guarantees: replacing a conversation's set, cancelling, a claim that one
/// caller wins and that holds until its lease ends, retries at a later time, and completion. Each store runs it
/// through a subclass, with a second handle on the same data where the store can have one (another instance).
/// </summary>
public abstract class FollowUpStoreContractTests : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 15, 0, TimeSpan.Zero);

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected abstract IFollowUpStore Store { get; }

    protected abstract IFollowUpStore OtherHandle { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected static FollowUp Planned(string conversationId, string stepId, DateTimeOffset due) =>
        FollowUp.Plan(
            $"emulator/conversations/{conversationId}",
            new PlannedFollowUp(stepId, due),
            new ConversationAddress(FollowUpRoute.Connector, "emulator", conversationId, "http://127.0.0.1:9/", new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = "user" }));

    [Fact]
    public async Task Replace_KeepsWhatIsStillWantedAndDropsTheRest()
    {
        var first = Planned("c1", "ask-recipient-return", Now);
        var second = Planned("c1", "wait-auto-refund", Now.AddHours(2));
        var other = Planned("c2", "wait-auto-refund", Now);
        await Store.ReplaceAsync(first.StateKey, [first, second], default);
        await Store.ReplaceAsync(other.StateKey, [other], default);

        await Store.ReplaceAsync(first.StateKey, [second], default);

        Assert.Equal([second], await Store.PendingAsync(first.StateKey, default));
        Assert.Equal([other], await Store.PendingAsync(other.StateKey, default));
    }

    [Fact]
    public async Task Replace_WithTheSameFollowUp_KeepsItsAttempts()
    {
        var followUp = Planned("c1", "ask-recipient-return", Now);
        await Store.ReplaceAsync(followUp.StateKey, [followUp], default);
        await Store.ClaimDueAsync(Now, Lease, 10, "a", default);

        await Store.ReplaceAsync(followUp.StateKey, [followUp], default);

        Assert.Equal(1, Assert.Single(await Store.PendingAsync(followUp.StateKey, default)).Attempts);
    }

    [Fact]
    public async Task Cancel_RemovesEveryFollowUpOfTheConversation()
    {
        var followUp = Planned("c1", "ask-recipient-return", Now);
        await Store.ReplaceAsync(followUp.StateKey, [followUp, Planned("c1", "wait-auto-refund", Now.AddHours(3))], default);

        await Store.CancelAsync(followUp.StateKey, default);

        Assert.Empty(await Store.PendingAsync(followUp.StateKey, default));
        Assert.Empty(await Store.ClaimDueAsync(Now.AddDays(1), Lease, 10, "a", default));
    }

    [Fact]
    public async Task Claim_TakesOnlyWhatIsDue_AndCountsTheAttempt()
    {
        var due = Planned("c1", "ask-recipient-return", Now);
        var later = Planned("c2", "ask-recipient-return", Now.AddMinutes(1));
        await Store.ReplaceAsync(due.StateKey, [due], default);
        await Store.ReplaceAsync(later.StateKey, [later], default);

        var claimed = await Store.ClaimDueAsync(Now, Lease, 10, "a", default);

        Assert.Equal([due with { Attempts = 1 }], claimed);
    }

    [Fact]
    public async Task Claim_IsHeldUntilTheLeaseEnds_ThenAnotherCallerGetsIt()
    {
        var followUp = Planned("c1", "ask-recipient-return", Now);
        await Store.ReplaceAsync(followUp.StateKey, [followUp], default);
        await Store.ClaimDueAsync(Now, Lease, 10, "a", default);

        var whileLeased = await OtherHandle.ClaimDueAsync(Now + Lease - TimeSpan.FromSeconds(1), Lease, 10, "b", default);
        var afterLease = await OtherHandle.ClaimDueAsync(Now + Lease, Lease, 10, "b", default);

        Assert.Empty(whileLeased);
        Assert.Equal(2, Assert.Single(afterLease).Attempts);
    }

    [Fact]
    public async Task ConcurrentClaims_NeverHandTheSameFollowUpToTwoCallers()
    {
        var all = Enumerable.Range(0, 40).Select(i => Planned($"c{i}", "wait-auto-refund", Now)).ToList();
        foreach (var followUp in all)
        {
            await Store.ReplaceAsync(followUp.StateKey, [followUp], default);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? Store : OtherHandle).ClaimDueAsync(Now, Lease, 7, $"caller{i}", default)));

        var ids = claims.SelectMany(c => c).Select(f => f.Id).ToList();
        Assert.Equal(all.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task RetryAt_MakesItClaimableAgainOnlyFromThen()
    {
        var followUp = Planned("c1", "ask-recipient-return", Now);
        await Store.ReplaceAsync(followUp.StateKey, [followUp], default);
        var claimed = Assert.Single(await Store.ClaimDueAsync(Now, Lease, 10, "a", default));

        await Store.RetryAtAsync(claimed, Now.AddMinutes(10), default);

        Assert.Empty(await Store.ClaimDueAsync(Now.AddMinutes(9), Lease, 10, "a", default));
        Assert.Single(await Store.ClaimDueAsync(Now.AddMinutes(10), Lease, 10, "a", default));
    }

    [Fact]
    public async Task Complete_RemovesIt()
    {
        var followUp = Planned("c1", "ask-recipient-return", Now);
        await Store.ReplaceAsync(followUp.StateKey, [followUp], default);
        var claimed = Assert.Single(await Store.ClaimDueAsync(Now, Lease, 10, "a", default));

        await Store.CompleteAsync(claimed, default);

        Assert.Empty(await Store.PendingAsync(followUp.StateKey, default));
        Assert.Empty(await OtherHandle.ClaimDueAsync(Now.AddDays(1), Lease, 10, "b", default));
    }
}
