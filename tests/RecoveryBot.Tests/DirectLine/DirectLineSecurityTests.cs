using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting;
using RecoveryBot.Bot.DirectLine;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>Tokens that must not work: forged, tampered, expired, another conversation's; and activities that are too large.</summary>
public class DirectLineSecurityTests
{
    public static TheoryData<string, string> ConversationRoutes => new()
    {
        { "GET", "v3/directline/conversations/{0}/activities" },
        { "POST", "v3/directline/conversations/{0}/activities" },
        { "GET", "v3/directline/conversations/{0}" },
    };

    [Theory]
    [MemberData(nameof(ConversationRoutes))]
    public async Task TokenSignedWithAnotherSecret_Is401(string method, string route)
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        var forged = Forge(grant.ConversationId, "dl_attacker", "a-different-secret-that-is-long-enough-0123456789");

        using var response = await app.SendAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, route, grant.ConversationId), forged, Message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(app.Conversation.Inputs);
    }

    [Fact]
    public async Task TokenWithItsConversationChanged_Is401()
    {
        await using var app = new DirectLineApp();
        var victim = await app.StartAsync();
        var attacker = await app.StartAsync();
        var parts = attacker.Token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace(attacker.ConversationId, victim.ConversationId, StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        using var response = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{victim.ConversationId}/activities", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"alg\":\"none\",\"typ\":\"JWT\"}", "")]
    [InlineData("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", "c2lnbmF0dXJl")]
    public async Task TokenWithAnotherAlgorithm_Is401(string header, string signature)
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        var payload = grant.Token.Split('.')[1];

        using var response = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header))}.{payload}.{signature}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    public async Task MissingOrMalformedCredentials_Are401(string? bearer)
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(ConversationRoutes))]
    public async Task AnotherConversationsToken_Is403_AndChangesNothing(string method, string route)
    {
        await using var app = new DirectLineApp();
        var victim = await app.StartAsync();
        var attacker = await app.StartAsync();

        using var response = await app.SendAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, route, victim.ConversationId), attacker.Token, Message);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("1", (await app.GetActivitiesAsync(victim)).GetProperty("watermark").GetString());
        Assert.Equal(2, app.Conversation.Inputs.Count);
    }

    [Fact]
    public async Task ExpiredToken_Is403_AndCannotBeRefreshed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var app = new DirectLineApp(time: time);
        var grant = await app.StartAsync();
        time.Advance(TimeSpan.FromSeconds(1799));
        using var stillValid = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", grant.Token);
        time.Advance(TimeSpan.FromSeconds(1));

        using var expired = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", grant.Token);
        using var refresh = await app.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", grant.Token);
        using var post = await app.PostMessageAsync(grant, "hello");

        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", (await expired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task RefreshedToken_OutlivesTheOriginal()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var app = new DirectLineApp(time: time);
        var grant = await app.StartAsync();
        time.Advance(TimeSpan.FromMinutes(15));
        using var refresh = await app.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", grant.Token);
        var refreshed = ConversationGrant.From(await refresh.Content.ReadFromJsonAsync<JsonElement>());
        time.Advance(TimeSpan.FromMinutes(20));

        using var withOld = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", grant.Token);
        using var withNew = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", refreshed.Token);

        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task StreamToken_IsNotAConversationToken()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        var streamToken = Uri.UnescapeDataString(grant.StreamUrl!.Split("t=")[1]);

        using var response = await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", streamToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Generate_WithATokenInsteadOfTheSecret_Is403()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();

        using var response = await app.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", grant.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OversizedActivity_Is413_NothingStoredAndNoTurn()
    {
        await using var app = new DirectLineApp(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "4096" });
        var grant = await app.StartAsync();

        using var response = await app.PostMessageAsync(grant, new string('钱', 2000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("1", (await app.GetActivitiesAsync(grant)).GetProperty("watermark").GetString());
        Assert.Single(app.Conversation.Inputs);
    }

    [Fact]
    public async Task ActivityJustUnderTheLimit_IsAccepted()
    {
        await using var app = new DirectLineApp(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "4096" });
        var grant = await app.StartAsync();

        using var response = await app.PostMessageAsync(grant, new string('钱', 600));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredSecret_EachStartMakesItsOwn_AndTheirTokensDoNotCross()
    {
        var noSecret = new Dictionary<string, string?> { ["DirectLine:Secret"] = "" };
        await using var first = new DirectLineApp(settings: noSecret);
        await using var second = new DirectLineApp(settings: noSecret);
        using var withTheUsualSecret = await first.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", DirectLineApp.Secret);

        var token = first.Tokens.Issue("SameId", "dl_user", TokenScope.Conversation);

        Assert.Equal(HttpStatusCode.Forbidden, withTheUsualSecret.StatusCode);
        Assert.True(first.Tokens.Check(token.Value, TokenScope.Conversation).IsValid);
        Assert.Equal(TokenCheckStatus.Invalid, second.Tokens.Check(token.Value, TokenScope.Conversation).Status);
        Assert.True(first.Services.GetRequiredService<DirectLineSecret>().IsGenerated);
        Assert.Contains(first.Logs.Lines, line => line.Contains("a secret was made for this run only", StringComparison.Ordinal));
        Assert.DoesNotContain(first.Logs.Lines, line => line.Contains(token.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DirectLine:Secret", "too-short")]
    [InlineData("DirectLine:AllowedOrigins:0", "https://shop.example/path")]
    [InlineData("DirectLine:AllowedOrigins:0", "*")]
    [InlineData("DirectLine:TokenLifetimeSeconds", "0")]
    public async Task InvalidSetting_FailsTheStart(string key, string value)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "memory");
            builder.UseSetting(key, value);
        });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains(key.Split(':')[0] + ":" + key.Split(':')[1], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_NeverCarryTokensTheSecretOrMessageText()
    {
        await using var app = new DirectLineApp();
        var grant = await app.StartAsync();
        using (await app.PostMessageAsync(grant, "我的银行卡密码是123456"))
        using (await app.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities", "forged.token.value"))
        {
        }

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(grant.Token, StringComparison.Ordinal)
            || line.Contains(DirectLineApp.Secret, StringComparison.Ordinal)
            || line.Contains("forged.token.value", StringComparison.Ordinal)
            || line.Contains("123456", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, line => line.Contains("refused with 401", StringComparison.Ordinal));
    }

    private const string Message = "{\"type\":\"message\",\"text\":\"hi\"}";

    /// <summary>A well-formed token for any conversation, signed the way the bot signs, but with a key from another secret.</summary>
    private static string Forge(string conversationId, string userId, string otherSecret)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(otherSecret), 32, [], Encoding.UTF8.GetBytes("RecoveryBot Direct Line token signing key v1"));
        var header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new { conv = conversationId, user = userId, scp = "conversation", iat = 0, exp = 4_000_000_000L, jti = "x" }));
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }
}
