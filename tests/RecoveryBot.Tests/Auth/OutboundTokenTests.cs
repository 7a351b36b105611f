using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Auth;

/// <summary>The bot's own token on its Connector calls: requested by client credentials, cached, renewed.</summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private FakeIdentityProvider _identity = null!;

    public async Task InitializeAsync() => _identity = await FakeIdentityProvider.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task Replies_CarryTheBotsTokenFetchedOnceByClientCredentials()
    {
        await using var app = new BotApp(_identity.BotSettings);

        for (var i = 0; i < 3; i++)
        {
            var activity = Inbound.Message("hi", channelId: "webchat", serviceUrl: Inbound.DirectLineServiceUrl);
            var response = await AuthenticatedBot.PostAsync(app, activity, "Bearer " + _identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, app.Connector.Requests.Count);
        Assert.All(app.Connector.Requests, request => Assert.Equal("Bearer bot-token-1", request.Authorization));
        var form = Assert.Single(_identity.TokenRequests);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(FakeIdentityProvider.AppId, form["client_id"]);
        Assert.Equal(FakeIdentityProvider.AppPassword, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task AnonymousBot_SendsNoAuthorizationHeaderAndRequestsNoToken()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.Message("hi"));

        Assert.Null(Assert.Single(app.Connector.Requests).Authorization);
        Assert.Empty(_identity.TokenRequests);
    }

    [Fact]
    public async Task Token_IsRenewedFiveMinutesBeforeItExpires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        using var provider = Provider(clock);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(3599) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("bot-token-1", first);
        Assert.Equal("bot-token-1", stillCached);
        Assert.Equal("bot-token-2", renewed);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneTokenRequest()
    {
        using var provider = Provider(TimeProvider.System);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None)));

        Assert.All(tokens, token => Assert.Equal("bot-token-1", token));
        Assert.Single(_identity.TokenRequests);
    }

    [Fact]
    public async Task WrongSecret_FailsTheCallWithoutATokenAndWithoutLeakingTheSecret()
    {
        var options = Options(_identity);
        options.MicrosoftAppPassword = "wrong";
        using var provider = new ClientCredentialsTokenProvider(Microsoft.Extensions.Options.Options.Create(options), new PlainHttpClientFactory(), TimeProvider.System, NullLogger<ClientCredentialsTokenProvider>.Instance);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.DoesNotContain("wrong", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("SingleTenant", "", "https://login.microsoftonline.com/tenant-x/oauth2/v2.0/token")]
    [InlineData("MultiTenant", "", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("", "https://login.example.test/tenant-y/", "https://login.example.test/tenant-y/oauth2/v2.0/token")]
    public void TokenEndpoint_FollowsTheAppTypeAndTheOverride(string appType, string loginUrl, string expected)
    {
        var options = new BotIdentityOptions { MicrosoftAppType = appType, MicrosoftAppTenantId = "tenant-x", ToChannelFromBotLoginUrl = loginUrl };

        Assert.Equal(expected, options.TokenEndpoint.AbsoluteUri);
    }

    [Theory]
    [InlineData("MicrosoftAppType", "UserAssignedMSI")]
    [InlineData("MicrosoftAppType", "Something")]
    [InlineData("MicrosoftAppTenantId", "")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://login.example.test/metadata")]
    [InlineData("ToChannelFromBotLoginUrl", "http://login.example.test/tenant")]
    public async Task InvalidIdentitySettings_FailTheStartNamingTheKey(string key, string value)
    {
        var settings = _identity.BotSettings;
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = FakeIdentityProvider.TenantId;
        settings[key] = value;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (name, setting) in settings)
            {
                builder.UseSetting(name, setting);
            }
        });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppIdWithoutPassword_StillChecksInboundTokens_AndWarnsThatRepliesCarryNoToken()
    {
        var settings = _identity.BotSettings;
        settings["MicrosoftAppPassword"] = "";
        await using var app = new BotApp(settings);

        var forged = await AuthenticatedBot.PostAsync(app, AuthenticatedBot.Activity(), "Bearer " + _identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, audience: "someone-else"));
        var valid = await AuthenticatedBot.PostAsync(app, AuthenticatedBot.Activity(), "Bearer " + _identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Contains(app.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("MicrosoftAppPassword is empty", StringComparison.Ordinal));
        Assert.Empty(_identity.TokenRequests);
    }

    private ClientCredentialsTokenProvider Provider(TimeProvider clock) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(_identity)), new PlainHttpClientFactory(), clock, NullLogger<ClientCredentialsTokenProvider>.Instance);

    private static BotIdentityOptions Options(FakeIdentityProvider identity) => new()
    {
        MicrosoftAppId = FakeIdentityProvider.AppId,
        MicrosoftAppPassword = FakeIdentityProvider.AppPassword,
        ToChannelFromBotLoginUrl = identity.LoginUrl,
    };
}
