using System.Net;
using Microsoft.IdentityModel.Tokens;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Auth;

/// <summary>
/// <c>/api/messages</c> with <c>MicrosoftAppId</c> set, against a real HTTP identity provider on loopback:
/// the tokens Azure Bot Service and the Emulator send pass, forged, expired, misdirected and mis-signed
/// ones get 401 and never reach the conversation.
/// </summary>
public sealed class InboundAuthenticationTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    private FakeIdentityProvider Identity => bot.Identity;

    [Fact]
    public async Task ChannelToken_Valid_IsAccepted()
    {
        var activity = AuthenticatedBot.Activity();

        var response = await AuthenticatedBot.PostAsync(bot.App, activity, "Bearer " + Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.ReadRepliesAsync());
    }

    [Fact]
    public async Task ChannelToken_ServiceUrlClaimDiffersOnlyInCase_IsAccepted()
    {
        var response = await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity(), "Bearer " + Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ChannelToken_ExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        var token = Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, expiresIn: TimeSpan.FromMinutes(-4), startsIn: TimeSpan.FromHours(-1));

        var response = await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0", FakeIdentityProvider.EmulatorIssuerV1)]
    [InlineData("2.0", FakeIdentityProvider.EmulatorIssuerV2)]
    public async Task EmulatorToken_WithTheBotsAppId_IsAccepted(string version, string issuer)
    {
        var activity = AuthenticatedBot.Activity(channelId: "emulator", serviceUrl: Inbound.EmulatorServiceUrl);

        var response = await AuthenticatedBot.PostAsync(bot.App, activity, "Bearer " + Identity.EmulatorToken(AuthenticatedBot.Now, version, issuer: issuer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, Func<FakeIdentityProvider, string?>> Refused => new()
    {
        { "no header", _ => null },
        { "empty header", _ => "" },
        { "basic scheme", _ => "Basic dXNlcjpwYXNz" },
        { "lower-case scheme", p => "bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl) },
        { "bearer without token", _ => "Bearer " },
        { "not a JWT", _ => "Bearer not-a-token" },
        { "three random parts", _ => "Bearer aaaa.bbbb.cccc" },
        { "expired", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, expiresIn: TimeSpan.FromMinutes(-6), startsIn: TimeSpan.FromHours(-1)) },
        { "not valid yet", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, startsIn: TimeSpan.FromMinutes(6)) },
        { "wrong audience", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, audience: "another-bot") },
        { "no audience", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, audience: null) },
        { "wrong issuer", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, issuer: "https://api.botframework.com.evil.example") },
        { "signed by a key nobody published", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, key: FakeIdentityProvider.NewKey("channel-key-1")) },
        { "signed by an unknown key id", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, key: FakeIdentityProvider.NewKey("made-up-kid")) },
        { "alg none", _ => "Bearer " + FakeIdentityProvider.UnsignedToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl) },
        { "HS256 keyed with the public key", p => "Bearer " + p.KeyConfusionToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl) },
        { "PS256", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, algorithm: SecurityAlgorithms.RsaSsaPssSha256) },
        { "serviceurl claim for another host", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, "https://attacker.example/") },
        { "no serviceurl claim", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, withServiceUrl: false) },
        { "key without endorsements", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, key: p.UnendorsedChannelKey) },
        { "channel token signed by an Emulator key", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, key: p.EmulatorKey) },
        { "Emulator token for another app (v1)", p => "Bearer " + p.EmulatorToken(AuthenticatedBot.Now, appId: "another-app") },
        { "Emulator token for another app (v2)", p => "Bearer " + p.EmulatorToken(AuthenticatedBot.Now, "2.0", appId: "another-app", issuer: FakeIdentityProvider.EmulatorIssuerV2) },
        { "Emulator token with an unknown ver", p => "Bearer " + p.EmulatorToken(AuthenticatedBot.Now, "3.0") },
        { "Emulator token for another audience", p => "Bearer " + p.EmulatorToken(AuthenticatedBot.Now, audience: "https://graph.microsoft.com") },
        { "Emulator issuer signed by a channel key", p => "Bearer " + p.EmulatorToken(AuthenticatedBot.Now, key: p.ChannelKey) },
        { "issuer of an unconfigured tenant", p => "Bearer " + p.EmulatorToken(AuthenticatedBot.Now, issuer: $"https://sts.windows.net/{FakeIdentityProvider.TenantId}/") },
        { "two tokens", p => "Bearer " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl) + " " + p.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Request_IsRefusedWith401AndNeverReachesTheConversation(string why, Func<FakeIdentityProvider, string?> authorization)
    {
        var before = bot.App.Conversation.Inputs.Count;

        var response = await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity(), authorization(Identity));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {response.StatusCode}");
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, bot.App.Conversation.Inputs.Count);
    }

    [Fact]
    public async Task ChannelToken_FromAKeyEndorsedForAnotherChannel_IsRefused()
    {
        var token = Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, key: Identity.WebChatOnlyKey);

        var webChat = await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity("webchat"), "Bearer " + token);
        var teams = await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity("msteams"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, webChat.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, teams.StatusCode);
    }

    [Fact]
    public async Task RefusedTokens_NeverAppearInTheLogs()
    {
        var tokens = new[]
        {
            Identity.ChannelToken(AuthenticatedBot.Now, "https://attacker.example/"),
            Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, audience: "another-bot"),
            Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, key: FakeIdentityProvider.NewKey("zzz")),
            Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl),
        };

        foreach (var token in tokens)
        {
            await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity(), "Bearer " + token);
        }

        Assert.Contains(bot.App.Logs.Lines, line => line.Contains("401", StringComparison.Ordinal) && line.Contains("serviceurl", StringComparison.Ordinal));
        foreach (var token in tokens)
        {
            var signature = token.Split('.')[2];
            var payload = token.Split('.')[1];
            Assert.DoesNotContain(bot.App.Logs.Lines, line => line.Contains(signature, StringComparison.Ordinal) || line.Contains(payload, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task KeyRollover_ATokenFromANewlyPublishedKey_IsAcceptedAfterOneRefetch()
    {
        await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity(), "Bearer " + Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl));
        var fetchesBefore = Identity.ChannelMetadataFetches;
        var rolled = Identity.AddChannelKey("channel-key-rolled", ["webchat"]);

        var response = await AuthenticatedBot.PostAsync(bot.App, AuthenticatedBot.Activity(), "Bearer " + Identity.ChannelToken(AuthenticatedBot.Now, Inbound.DirectLineServiceUrl, key: rolled));

        Assert.True(response.StatusCode == HttpStatusCode.OK || Identity.ChannelMetadataFetches == fetchesBefore, "a new key id must trigger a refetch unless one happened in the last minutes");
    }
}
