namespace RecoveryBot.Tests.Infrastructure;

/// <summary>Tests that share one <see cref="RedisServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RedisTests : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
