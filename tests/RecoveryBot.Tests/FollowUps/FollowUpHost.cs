using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// The bot in a test server with the real conversation, a fake clock (the dispatcher polls on it) and a recording
/// Connector whose answer a test can set; the test moves the clock and runs the dispatcher. Starts on Sunday 22 November 2026, 20:00 in Beijing.
/// </summary>
internal sealed class FollowUpHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public FollowUpHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Connector = new ConnectorRecorder(_ => FollowUpStatus);
        // The background loop polls at start and then only 20 days later, beyond any test: the tests dispatch themselves.
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["FollowUps:PollIntervalSeconds"] = "1728000" };
        App = new BotApp(
            all,
            Connector,
            realConversation: true,
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public BotApp App { get; }

    public ConnectorRecorder Connector { get; }

    /// <summary>What the Connector answers from now on.</summary>
    public HttpStatusCode FollowUpStatus { get; set; } = HttpStatusCode.OK;

    public IFollowUpStore Store => App.Services.GetRequiredService<IFollowUpStore>();

    public static string StateKey => ConversationStateKeys.For("emulator", Inbound.ConversationId);

    /// <summary>The requests that carried a follow-up, in order, as JSON.</summary>
    public List<JsonNode> FollowUpsSent =>
        [.. Connector.Requests.Select(r => JsonNode.Parse(r.Body)!).Where(body => body["channelData"]?["followUp"] is not null)];

    public async Task SendAsync(params string[] texts)
    {
        foreach (var text in texts)
        {
            var response = await App.Client.PostAsync(Inbound.Message(text, locale: "zh-CN"));
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The plan for a transfer sent at 17:00 and not accepted: its follow-up is due 24 hours later.</summary>
    public async Task<FollowUp> PlanTransferAsync()
    {
        await SendAsync("我三个小时前转错了500块给一个不认识的人，他还没收款", "对");
        return Assert.Single(await Store.PendingAsync(StateKey, default));
    }

    /// <summary>Moves the clock and lets the dispatcher handle what came due; answers how many it claimed.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        return await App.Services.GetRequiredService<FollowUpDispatcher>().DispatchDueAsync(default);
    }

    public async Task<ConversationState> StateAsync()
    {
        var stored = await App.Services.GetRequiredService<IStorage>().ReadAsync([StateKey]);
        return StoredConversationSerializer.Deserialize(stored.TryGetValue(StateKey, out var item) ? item.Value : null).State;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
