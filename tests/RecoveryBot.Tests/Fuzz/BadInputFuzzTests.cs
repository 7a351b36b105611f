using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CsCheck;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Tests.Host;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Fuzz;

/// <summary>
/// Thousands of generated hostile bodies against the whole bot (real conversation, real knowledge): every
/// answer is 200, 400 or 413 (501 only for an invoke, as the protocol asks), never a 5xx; the bot keeps
/// answering; a conversation held before the fuzz is exactly as it was and goes on normally.
/// </summary>
public sealed class BadInputFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 3000;

    [Fact]
    public async Task HostileBodies_AreAnsweredWith200_400_Or413_AndHarmNoOtherConversation()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Bot:RateLimitBurst"] = "1000000" }, realConversation: true);
        var victimKey = ConversationStateKeys.For("emulator", HostileBodies.VictimConversation);
        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("我三个小时前转错了500块", conversationId: HostileBodies.VictimConversation, locale: "zh-CN")));
        var victimBefore = (await app.Storage.ReadAsync([victimKey]))[victimKey];

        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var tried = 0;
        var clock = Stopwatch.StartNew();
        await HostileBodies.Cases.SampleAsync(
            async fuzzCase =>
            {
                Interlocked.Increment(ref tried);
                using var response = await app.Client.SendAsync(Request(fuzzCase));
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                Assert.True(IsAllowed(response.StatusCode, fuzzCase), $"{(int)response.StatusCode} for {fuzzCase}");
            },
            iter: Cases,
            print: fuzzCase => fuzzCase.ToString());

        output.WriteLine($"{tried} fuzz cases in {clock.Elapsed.TotalSeconds:F1} s: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}"))}");
        Assert.True(tried >= Cases);
        Assert.DoesNotContain(statuses.Keys, status => (int)status >= 500 && status != HttpStatusCode.NotImplemented);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(victimBefore, (await app.Storage.ReadAsync([victimKey]))[victimKey]);
        var next = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("他还没收款", conversationId: HostileBodies.VictimConversation, locale: "zh-CN")));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.NotEmpty(await next.ReadRepliesAsync());
        Assert.Contains("500", (await app.Storage.ReadAsync([victimKey]))[victimKey].Value, StringComparison.Ordinal);
    }

    private static bool IsAllowed(HttpStatusCode status, FuzzCase fuzzCase) => status switch
    {
        HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge => true,
        HttpStatusCode.NotImplemented => IsInvoke(fuzzCase.Body),
        _ => false,
    };

    private static bool IsInvoke(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.String
                && string.Equals(type.GetString(), "invoke", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static HttpRequestMessage Request(FuzzCase fuzzCase)
    {
        HttpContent content = fuzzCase.Chunked
            ? new StreamContent(new UnknownLengthStream(fuzzCase.Body))
            : new ByteArrayContent(fuzzCase.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
    }

    /// <summary>A body whose length the client does not know, so it goes out without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
