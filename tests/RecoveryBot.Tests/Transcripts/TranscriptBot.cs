using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace RecoveryBot.Tests.Transcripts;

/// <summary>
/// The whole bot (host, real conversation, real knowledge, in-memory state) behind a test server, with a
/// clock the transcript sets from each user activity's timestamp.
/// </summary>
internal sealed class TranscriptBot : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public TranscriptBot()
    {
        _factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "memory");
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        });
        _client = _factory.CreateClient();
    }

    public FakeTimeProvider Clock { get; } = new();

    /// <summary>Posts one user activity with expectReplies at the activity's own time and returns the replies.</summary>
    public async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity)
    {
        if (activity["timestamp"]?.GetValue<string>() is { } stamp)
        {
            var at = DateTimeOffset.Parse(stamp, System.Globalization.CultureInfo.InvariantCulture);
            if (at > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(at);
            }
        }

        var outgoing = activity.DeepClone().AsObject();
        outgoing["deliveryMode"] = "expectReplies";
        using var content = new StringContent(outgoing.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. body["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }
}
