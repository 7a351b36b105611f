using RecoveryBot.Bot.FollowUps;

namespace RecoveryBot.Tests.FollowUps;

public sealed class MemoryFollowUpStoreContractTests : FollowUpStoreContractTests
{
    private readonly MemoryFollowUpStore _store = new();

    protected override IFollowUpStore Store => _store;

    protected override IFollowUpStore OtherHandle => _store;
}
