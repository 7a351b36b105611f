using RecoveryBot.Bot.Conversation;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bot.Chat;

/// <summary>
/// <c>chat</c>: one conversation in the terminal, through the same activity pipeline as HTTP (channel
/// <c>terminal</c>, replies returned as with <c>expectReplies</c>), without starting the web server. State
/// is kept in memory: each run is a new conversation and the bot's database is never touched — unless
/// <c>--state FILE</c> names an SQLite file of the chat's own: then the conversation goes on across runs, its
/// follow-ups are kept there too, and a run first shows those that came due while the chat was closed.
/// Ends on end of input or <c>/quit</c>; works with piped input.
/// </summary>
public static class TerminalChat
{
    public const string QuitCommand = "/quit";

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        RunAsync(args, input, output, error, configureServices: null);

    /// <param name="configureServices">Changes to the services after the defaults (tests swap the conversation here).</param>
    internal static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, Action<IServiceCollection>? configureServices)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var arguments = ChatArguments.Parse(args.Skip(1).ToList(), out var problem);
        if (arguments is null)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(ChatArguments.Usage);
            return 2;
        }

        using var host = BuildHost(arguments, output, configureServices);
        var processor = host.Services.GetRequiredService<ActivityProcessor>();
        var timeProvider = host.Services.GetRequiredService<TimeProvider>();
        var session = new ChatSession(arguments, timeProvider);
        if (arguments.StateFile is not null)
        {
            await ShowDueFollowUpsAsync(host.Services, session.StateKey, timeProvider.GetUtcNow());
        }

        await ChatTranscriptWriter.WriteAsync(output, await ProcessAsync(processor, session.Joined(), session.Route));
        while (await input.ReadLineAsync() is { } line)
        {
            var text = line.Trim();
            if (text == QuitCommand)
            {
                break;
            }

            if (text.Length > 0)
            {
                await ChatTranscriptWriter.WriteAsync(output, await ProcessAsync(processor, session.Message(text), session.Route));
            }
        }

        return 0;
    }

    private static async Task<IReadOnlyList<Activity>> ProcessAsync(ActivityProcessor processor, Activity activity, FollowUpRoute route) =>
        (await processor.ProcessAsync(activity, CancellationToken.None, route)).Body?.Activities ?? [];

    /// <summary>The follow-ups of this conversation whose time came while the chat was closed, printed through the usual sender.</summary>
    private static async Task ShowDueFollowUpsAsync(IServiceProvider services, string stateKey, DateTimeOffset now)
    {
        var sender = services.GetRequiredService<FollowUpSender>();
        foreach (var followUp in await services.GetRequiredService<IFollowUpStore>().PendingAsync(stateKey, CancellationToken.None))
        {
            if (followUp.Due <= now)
            {
                await sender.SendAsync(followUp with { Attempts = followUp.Attempts + 1 }, CancellationToken.None);
            }
        }
    }

    private static IHost BuildHost(ChatArguments arguments, TextWriter output, Action<IServiceCollection>? configureServices)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        // The terminal belongs to the conversation: only warnings and errors, and those on stderr.
        builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", nameof(LogLevel.Warning))]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddActivityProcessing();
        if (arguments.StateFile is { } stateFile)
        {
            builder.Services.AddSingleton<IStorage>(provider => SqliteStorage.Open(stateFile, provider.GetRequiredService<TimeProvider>()));
            builder.Services.AddSingleton<IFollowUpStore>(_ => SqliteFollowUpStore.Open(stateFile));
        }
        else
        {
            builder.Services.AddSingleton<IStorage, MemoryStorage>();
        }

        builder.Services.AddSingleton<IFollowUpChannel>(new TerminalFollowUpChannel(output));
        builder.Services.AddSingleton<FollowUpSender>();
        builder.Services.AddRecoveryConversation();
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>The terminal's side of the conversation: who is talking, and the activities they send.</summary>
    private sealed class ChatSession(ChatArguments arguments, TimeProvider timeProvider)
    {
        // A kept conversation has one id in its file; activity ids differ per run, or a new run's first message
        // would read as a retry of the last run's and be answered from memory.
        private readonly ConversationAccount _conversation = new() { Id = arguments.StateFile is null ? Guid.NewGuid().ToString("N") : "terminal" };
        private readonly string _run = Guid.NewGuid().ToString("N")[..8];
        private readonly ChannelAccount _user = new() { Id = "terminal-user", Name = Environment.UserName, Role = "user" };
        private readonly ChannelAccount _bot = new() { Id = "recoverybot", Name = "RecoveryBot", Role = "bot" };
        private int _sequence;

        public FollowUpRoute Route => arguments.StateFile is null ? FollowUpRoute.Connector : FollowUpRoute.Terminal;

        public string StateKey => ConversationStateKeys.For(Channels.Terminal, _conversation.Id!);

        public Activity Joined() => Base(ActivityTypes.ConversationUpdate) with { MembersAdded = [_user] };

        public Activity Message(string text) => Base(ActivityTypes.Message) with { Text = text };

        private Activity Base(string type) => new()
        {
            Type = type,
            Id = $"{_conversation.Id}|{_run}{++_sequence:D7}",
            ChannelId = Channels.Terminal,
            Conversation = _conversation,
            From = _user,
            Recipient = _bot,
            Locale = arguments.Locale,
            LocalTimestamp = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), arguments.TimeZone),
            LocalTimezone = arguments.TimeZone.Id,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
    }
}
