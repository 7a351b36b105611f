using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Auth;

/// <summary>The validator on its own, with a fake clock: lifetime edges, key caching, refresh and rollover.</summary>
public sealed class TokenValidatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private FakeIdentityProvider _identity = null!;

    public async Task InitializeAsync() => _identity = await FakeIdentityProvider.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Theory]
    [InlineData(-299, true)]
    [InlineData(-301, false)]
    public async Task Expiry_IsToleratedForFiveMinutesOfClockSkew(int secondsSinceExpiry, bool accepted)
    {
        using var validator = Validator();
        var token = _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl, expiresIn: TimeSpan.FromSeconds(secondsSinceExpiry), startsIn: TimeSpan.FromHours(-1));

        var outcome = await validator.AuthenticateAsync("Bearer " + token, Activity(), CancellationToken.None);

        Assert.Equal(accepted, outcome.IsAuthenticated);
        Assert.Equal(accepted ? null : "the token has expired", outcome.FailureReason);
    }

    [Theory]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public async Task NotBefore_IsToleratedForFiveMinutesOfClockSkew(int secondsUntilValid, bool accepted)
    {
        using var validator = Validator();
        var token = _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl, startsIn: TimeSpan.FromSeconds(secondsUntilValid));

        Assert.Equal(accepted, (await validator.AuthenticateAsync("Bearer " + token, Activity(), CancellationToken.None)).IsAuthenticated);
    }

    [Fact]
    public async Task Keys_AreFetchedOnceAndCached()
    {
        using var validator = Validator();

        for (var i = 0; i < 10; i++)
        {
            Assert.True((await validator.AuthenticateAsync("Bearer " + _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl), Activity(), CancellationToken.None)).IsAuthenticated);
        }

        Assert.Equal(1, _identity.ChannelMetadataFetches);
        Assert.Equal(0, _identity.EmulatorMetadataFetches);
    }

    [Fact]
    public async Task Keys_AreFetchedAgainAfterADay()
    {
        using var validator = Validator();
        await validator.AuthenticateAsync("Bearer " + _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl), Activity(), CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(25));
        var outcome = await validator.AuthenticateAsync("Bearer " + _identity.ChannelToken(_clock.GetUtcNow(), Inbound.DirectLineServiceUrl), Activity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated);
        Assert.Equal(2, _identity.ChannelMetadataFetches);
    }

    [Fact]
    public async Task UnknownKeyIds_ForceARefetch_AtMostOnceInFiveMinutes()
    {
        using var validator = Validator();
        await validator.AuthenticateAsync("Bearer " + _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl), Activity(), CancellationToken.None);

        for (var i = 0; i < 20; i++)
        {
            var forged = _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl, key: FakeIdentityProvider.NewKey($"made-up-{i}"));
            Assert.False((await validator.AuthenticateAsync("Bearer " + forged, Activity(), CancellationToken.None)).IsAuthenticated);
        }

        Assert.Equal(1, _identity.ChannelMetadataFetches);

        _clock.Advance(TimeSpan.FromMinutes(6));
        var rolled = _identity.AddChannelKey("rolled-over", ["webchat"]);
        var outcome = await validator.AuthenticateAsync("Bearer " + _identity.ChannelToken(_clock.GetUtcNow(), Inbound.DirectLineServiceUrl, key: rolled), Activity(), CancellationToken.None);

        Assert.True(outcome.IsAuthenticated);
        Assert.Equal(2, _identity.ChannelMetadataFetches);
    }

    [Fact]
    public async Task SingleTenantBot_AcceptsTokensFromItsOwnTenant()
    {
        using var validator = Validator(tenantId: FakeIdentityProvider.TenantId);
        var v1 = _identity.EmulatorToken(Start, issuer: $"https://sts.windows.net/{FakeIdentityProvider.TenantId}/");
        var v2 = _identity.EmulatorToken(Start, "2.0", issuer: $"https://login.microsoftonline.com/{FakeIdentityProvider.TenantId}/v2.0");
        var otherTenant = _identity.EmulatorToken(Start, issuer: "https://sts.windows.net/11111111-2222-3333-4444-555555555555/");

        Assert.True((await validator.AuthenticateAsync("Bearer " + v1, Activity("emulator"), CancellationToken.None)).IsAuthenticated);
        Assert.True((await validator.AuthenticateAsync("Bearer " + v2, Activity("emulator"), CancellationToken.None)).IsAuthenticated);
        Assert.False((await validator.AuthenticateAsync("Bearer " + otherTenant, Activity("emulator"), CancellationToken.None)).IsAuthenticated);
    }

    [Fact]
    public async Task MetadataUnreachable_RefusesEveryTokenWithoutThrowing()
    {
        var options = Identity();
        options.ToBotFromChannelOpenIdMetadataUrl = $"http://127.0.0.1:{Infrastructure.FreePort.Next()}/nothing-here";
        using var validator = new BotFrameworkTokenValidator(Options.Create(options), new PlainHttpClientFactory(), _clock, NullLogger<BotFrameworkTokenValidator>.Instance);

        var outcome = await validator.AuthenticateAsync("Bearer " + _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl), Activity(), CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
    }

    [Fact]
    public async Task ActivityWithoutChannelId_PassesTheEndorsementCheck()
    {
        using var validator = Validator();
        var token = _identity.ChannelToken(Start, Inbound.DirectLineServiceUrl, key: _identity.WebChatOnlyKey);

        Assert.True((await validator.AuthenticateAsync("Bearer " + token, Activity(channelId: null), CancellationToken.None)).IsAuthenticated);
    }

    private BotFrameworkTokenValidator Validator(string tenantId = "")
    {
        var options = Identity();
        options.MicrosoftAppTenantId = tenantId;
        return new BotFrameworkTokenValidator(Options.Create(options), new PlainHttpClientFactory(), _clock, NullLogger<BotFrameworkTokenValidator>.Instance);
    }

    private BotIdentityOptions Identity() => new()
    {
        MicrosoftAppId = FakeIdentityProvider.AppId,
        MicrosoftAppPassword = FakeIdentityProvider.AppPassword,
        ToBotFromChannelOpenIdMetadataUrl = _identity.ChannelMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl = _identity.EmulatorMetadataUrl,
    };

    private static Activity Activity(string? channelId = "webchat") => new()
    {
        Type = "message",
        ChannelId = channelId,
        ServiceUrl = Inbound.DirectLineServiceUrl,
    };
}
