using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.Page;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>The page at <c>/</c>, its files, and <c>POST /api/token</c> that gives it a conversation.</summary>
public class ChatPageTests
{
    private static string WebFolder => Path.Combine(RepositoryPaths.Root, "web");

    [Fact]
    public async Task Page_IsChineseHtml_WithAStrictContentSecurityPolicy()
    {
        await using var app = new DirectLineApp();

        using var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/webchat.js\"></script>", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Bundle_IsTheOneNpmInstalled_AtThePinnedVersion()
    {
        await using var app = new DirectLineApp();
        using var package = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(WebFolder, "package.json")));
        using var installed = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(WebFolder, "node_modules", "botframework-webchat", "package.json")));

        var served = await app.Client.GetByteArrayAsync(new Uri("/assets/webchat.js", UriKind.Relative));

        Assert.Equal(package.RootElement.GetProperty("dependencies").GetProperty("botframework-webchat").GetString(), installed.RootElement.GetProperty("version").GetString());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebFolder, "node_modules", "botframework-webchat", "dist", "webchat.js")), served);
    }

    [Fact]
    public async Task Bundle_IsGzipped_WhenTheBrowserAccepts_AndRevalidatedByETag()
    {
        await using var app = new DirectLineApp();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/webchat.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await app.Client.SendAsync(request);
        var gzipped = await response.Content.ReadAsByteArrayAsync();
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/assets/webchat.js");
        revalidate.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await app.Client.SendAsync(revalidate);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.True(gzipped.Length < 1_500_000, $"gzipped bundle is {gzipped.Length} bytes");
        await using var unzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await unzip.CopyToAsync(plain);
        Assert.True(plain.Length > 3_000_000);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("/assets/../appsettings.json")]
    [InlineData("/assets/package.json")]
    [InlineData("/assets/nothing.js")]
    public async Task OnlyThePagesOwnFiles_AreServed(string path)
    {
        await using var app = new DirectLineApp();

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MissingBundle_Is404WithTheFix_AndLoggedAtStart()
    {
        var empty = Directory.CreateTempSubdirectory("recoverybot-web-").FullName;
        try
        {
            await using var app = new DirectLineApp(services: collection => collection.Replace(ServiceDescriptor.Singleton(new ChatPageAssets(empty))));

            using var response = await app.Client.GetAsync(new Uri("/assets/webchat.js", UriKind.Relative));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("npm ci", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains(app.Logs.Lines, line => line.Contains("The Web Chat bundle is missing", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task Token_WithoutABody_StartsANewConversation()
    {
        await using var app = new DirectLineApp();

        using var first = await app.Client.PostAsync(new Uri("/api/token", UriKind.Relative), null);
        using var second = await app.Client.PostAsync(new Uri("/api/token", UriKind.Relative), null);

        var one = ConversationGrant.From(await first.Content.ReadFromJsonAsync<JsonElement>());
        var two = ConversationGrant.From(await second.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(1800, one.ExpiresIn);
        Assert.NotEqual(one.ConversationId, two.ConversationId);
        Assert.Null(one.StreamUrl);
    }

    [Fact]
    public async Task Token_WithTheConversationAndItsToken_ResumesIt()
    {
        await using var app = new DirectLineApp();
        var grant = await PageTokenAsync(app);

        using var response = await ResumeAsync(app, grant.ConversationId, grant.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resumed = ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(grant.ConversationId, resumed.ConversationId);
        Assert.True(app.Tokens.Check(resumed.Token, TokenScope.Conversation).IsValid);
    }

    [Fact]
    public async Task Token_ForAConversation_WithAnotherConversationsToken_Is403()
    {
        await using var app = new DirectLineApp();
        var victim = await PageTokenAsync(app);
        var attacker = await PageTokenAsync(app);

        using var response = await ResumeAsync(app, victim.ConversationId, attacker.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Token_ForAConversation_WithoutItsToken_Is401()
    {
        await using var app = new DirectLineApp();
        var grant = await PageTokenAsync(app);

        using var response = await ResumeAsync(app, grant.ConversationId, bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_ForAConversationThatIsGone_Is404()
    {
        await using var app = new DirectLineApp();
        var token = app.Tokens.Issue("Forgotten", "dl_someone", TokenScope.Conversation);

        using var response = await ResumeAsync(app, "Forgotten", token.Value);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("cross-site", HttpStatusCode.Forbidden)]
    [InlineData("same-site", HttpStatusCode.Forbidden)]
    [InlineData("same-origin", HttpStatusCode.OK)]
    public async Task Token_IsForTheBotsOwnPageOnly(string fetchSite, HttpStatusCode expected)
    {
        await using var app = new DirectLineApp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/token");
        request.Headers.Add("Sec-Fetch-Site", fetchSite);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Token_IsRateLimitedPerClientAddress()
    {
        await using var app = new DirectLineApp(settings: new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "3" });

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 4; request++)
        {
            using var response = await app.Client.PostAsync(new Uri("/api/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<ConversationGrant> PageTokenAsync(DirectLineApp app)
    {
        using var response = await app.Client.PostAsync(new Uri("/api/token", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static Task<HttpResponseMessage> ResumeAsync(DirectLineApp app, string conversationId, string? bearer) =>
        app.SendAsync(HttpMethod.Post, "/api/token", bearer, JsonSerializer.Serialize(new { conversationId }));
}
