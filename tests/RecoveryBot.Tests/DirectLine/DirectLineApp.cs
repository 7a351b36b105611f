using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>
/// The real bot with its Direct Line channel, in memory storage and a known secret. By default it runs the
/// scripted conversation in a test server; <see cref="Kestrel"/> gives a real socket on 127.0.0.1 (for Node and
/// Chromium) and <see cref="RealConversation"/> the recovery conversation itself.
/// </summary>
internal sealed class DirectLineApp : IAsyncDisposable
{
    public const string Secret = "test-direct-line-secret-0123456789-abcdefgh";

    private readonly WebApplicationFactory<Program> _root;
    private readonly WebApplicationFactory<Program> _factory;

    public DirectLineApp(
        bool kestrel = false,
        bool realConversation = false,
        FakeTimeProvider? time = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        Time = time;
        _root = new WebApplicationFactory<Program>();
        _factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "memory");
            builder.UseSetting("DirectLine:Secret", Secret);
            builder.UseSetting("Logging:LogLevel:RecoveryBot", "Debug");
            if (kestrel)
            {
                builder.UseSetting("urls", "http://127.0.0.1:0");
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(collection =>
            {
                if (!realConversation)
                {
                    collection.Replace(ServiceDescriptor.Singleton<IRecoveryConversation>(Conversation));
                }

                if (time is not null)
                {
                    collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
                }

                collection.AddSingleton<ILoggerProvider>(Logs);
                services?.Invoke(collection);
            });
        });

        if (kestrel)
        {
            _factory.UseKestrel();
            _factory.StartServer();
            var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            BaseAddress = new Uri(address.TrimEnd('/') + "/");
            Client = new HttpClient { BaseAddress = BaseAddress };
        }
        else
        {
            Client = _factory.CreateClient();
            BaseAddress = Client.BaseAddress!;
        }
    }

    public ScriptedConversation Conversation { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public FakeTimeProvider? Time { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress { get; }

    /// <summary>The <c>domain</c> a Direct Line client is given.</summary>
    public string Domain => BaseAddress + "v3/directline";

    public IServiceProvider Services => _factory.Services;

    public TestServer Server => _factory.Server;

    /// <summary>tokens/generate with the secret: a new conversation and its token.</summary>
    public async Task<ConversationGrant> GenerateAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return ConversationGrant.From(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>tokens/generate, then conversations (the bot's welcome runs).</summary>
    public async Task<ConversationGrant> StartAsync()
    {
        var grant = await GenerateAsync();
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", grant.Token, "{\"user\":{},\"locale\":\"zh-CN\"}");
        response.EnsureSuccessStatusCode();
        return grant with { StreamUrl = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString() };
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Posts a message as Web Chat shapes it; returns the response.</summary>
    public Task<HttpResponseMessage> PostMessageAsync(ConversationGrant grant, string text, string clientActivityId = "client-1", string? token = null) =>
        SendAsync(
            HttpMethod.Post,
            $"v3/directline/conversations/{grant.ConversationId}/activities",
            token ?? grant.Token,
            JsonSerializer.Serialize(new
            {
                type = "message",
                text,
                from = new { id = "someone-else", name = "用户", role = "bot" },
                locale = "zh-CN",
                channelData = new { clientActivityID = clientActivityId },
            }));

    /// <summary>The ActivitySet from a watermark.</summary>
    public async Task<JsonElement> GetActivitiesAsync(ConversationGrant grant, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{grant.ConversationId}/activities?watermark={watermark}", grant.Token);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public IDirectLineTokenService Tokens => Services.GetRequiredService<IDirectLineTokenService>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }
}
