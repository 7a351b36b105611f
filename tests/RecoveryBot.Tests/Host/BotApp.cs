using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RecoveryBot.Bot.Connector;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.Host;

/// <summary>
/// The real bot in a test server, with the scripted conversation (or, when asked, the real one), a
/// recording Connector and (unless a test asks otherwise) in-memory storage.
/// </summary>
internal sealed class BotApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _root;
    private readonly WebApplicationFactory<Program> _factory;

    public BotApp(IReadOnlyDictionary<string, string?>? settings = null, ConnectorRecorder? connector = null, bool realConversation = false, Action<IServiceCollection>? configureServices = null)
    {
        Connector = connector ?? new ConnectorRecorder();
        _root = new WebApplicationFactory<Program>();
        _factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "memory");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                if (!realConversation)
                {
                    services.Replace(ServiceDescriptor.Singleton<IRecoveryConversation>(Conversation));
                }

                services.AddSingleton<ILoggerProvider>(Logs);
                configureServices?.Invoke(services);
                services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector.Handler.Object);
            });
        });
        Client = _factory.CreateClient();
    }

    public ScriptedConversation Conversation { get; } = new();

    public ConnectorRecorder Connector { get; }

    public CapturedLogs Logs { get; } = new();

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    public static BotApp WithSqlite(string path, ConnectorRecorder? connector = null) =>
        new(new Dictionary<string, string?> { ["Storage:Kind"] = "sqlite", ["Storage:SqlitePath"] = path }, connector);

    public static BotApp WithRedis(string connectionString, string keyPrefix, bool realConversation = false) =>
        new(new Dictionary<string, string?> { ["Storage:Kind"] = "redis", ["Storage:Redis"] = connectionString, ["Storage:RedisKeyPrefix"] = keyPrefix }, realConversation: realConversation);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }
}
