using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    private readonly MemoryStorage _storage = new();

    protected override IStorage Storage => _storage;

    protected override IStorage OtherHandle => _storage;
}
