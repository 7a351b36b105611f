using System.Diagnostics;
using CsCheck;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Bot.Turns;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Cluster;

/// <summary>
/// The real two-instance setup (<c>deploy/cluster.sh</c>: redis-server, two bot processes, nginx) holding 40
/// conversations of the real recovery dialog while one instance is killed with SIGKILL and started again and
/// the other is stopped gracefully and started again. Every user message gets exactly one answer, every
/// turn is applied exactly once (the stored turn count equals the messages sent), every conversation ends
/// with its own amount in its plan and state, and double taps at the end are both answered.
/// </summary>
public sealed class ClusterKillTests(ITestOutputHelper output)
{
    private const int Conversations = 40;
    private const int MinimumTurns = 10;
    private const int MaximumTurns = 60;

    [Fact]
    public async Task ConversationsThroughNginx_LoseNoTurn_WhileInstancesAreKilledAndRestarted()
    {
        var clock = Stopwatch.StartNew();
        using var cluster = new ClusterScript();
        await cluster.RunAsync("up");
        var startedIn = clock.Elapsed;
        using var client = new HttpClient { BaseAddress = cluster.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var users = Enumerable.Range(0, Conversations).Select(i => new ClusterUser(client, i)).ToArray();
        var faultsDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = new List<string>();

        var faults = Task.Run(async () =>
        {
            try
            {
                await WhenTurnsReachAsync(users, 120);
                await Fault(cluster, events, clock, "kill", "1");
                await Task.Delay(300);
                await Fault(cluster, events, clock, "start", "1");
                await WhenTurnsReachAsync(users, Turns(users) + 120);
                await Fault(cluster, events, clock, "stop", "2");
                await Fault(cluster, events, clock, "start", "2");
            }
            finally
            {
                faultsDone.TrySetResult();
            }
        });
        var conversations = users.Select(user => HoldAsync(user, faultsDone.Task)).ToArray();
        await Task.WhenAll([faults, .. conversations]).WaitAsync(TimeSpan.FromSeconds(100));
        var fuzz = await FuzzThroughNginxAsync(client);
        var (posted, streamed) = await DirectLineThroughNginx.ConverseAsync(client, messages: 6);

        using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{cluster.RedisPort}");
        var lost = 0;
        var mismatches = new List<string>();
        foreach (var user in users)
        {
            var raw = (string?)await redis.GetDatabase().HashGetAsync(RedisKeyLayout.StateKey("rb:", ConversationStateKeys.For("emulator", user.ConversationId)), RedisKeyLayout.ValueField);
            var applied = StoredConversationSerializer.Deserialize(raw).State.TurnCount;
            if (applied != user.TurnsSent)
            {
                mismatches.Add($"{user.ConversationId}: sent {user.TurnsSent}, answered {user.TurnsAnswered}, applied {applied}, resends {user.Resends}");
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, mismatches));
        foreach (var user in users)
        {
            lost += user.TurnsSent - user.TurnsAnswered;
            var value = (string?)await redis.GetDatabase().HashGetAsync(RedisKeyLayout.StateKey("rb:", ConversationStateKeys.For("emulator", user.ConversationId)), RedisKeyLayout.ValueField);
            var state = StoredConversationSerializer.Deserialize(value).State;
            Assert.True(user.TurnsSent == state.TurnCount, $"{user.ConversationId}: {user.TurnsSent} turns sent, {state.TurnCount} applied");
            Assert.Equal(user.Amount, state.Case.Amount?.Value);
            Assert.NotNull(user.Plan);
            Assert.Equal(user.Amount, user.Plan["situation"]!["amount"]!.GetValue<decimal>());
        }

        var turns = Turns(users);
        output.WriteLine($"cluster up in {startedIn.TotalSeconds:F1} s; faults: {string.Join("; ", events)}");
        output.WriteLine($"{Conversations} conversations, {turns} turns sent, {users.Sum(u => u.TurnsAnswered)} answered, turns lost {lost}, " +
            $"client resends {users.Sum(u => u.Resends)}, 5xx seen by the client {users.Sum(u => u.ServerErrorsSeen.Count)} " +
            $"({string.Join(", ", users.SelectMany(u => u.ServerErrorsSeen).GroupBy(s => s).Select(g => $"{g.Key}×{g.Count()}"))}), in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"bot logs: {CountInLogs(cluster, "bot*.log", "(replayed)")} retried activities answered from state, " +
            $"{CountInLogs(cluster, "bot*.log", "running it again")} turns re-run after a lost compare-and-swap; " +
            $"nginx moved {CountInLogs(cluster, "nginx/error.log", "upstream")} requests off a failing instance");
        output.WriteLine($"then {fuzz.Sum(f => f.Value)} hostile bodies through nginx: {string.Join(", ", fuzz.OrderBy(f => f.Key).Select(f => $"{f.Key}×{f.Value}"))}");
        output.WriteLine($"Direct Line through nginx: {posted} messages posted round-robin, {streamed} bot activities on one WebSocket stream");
        output.WriteLine(string.Join(Environment.NewLine, cluster.Output));
        Assert.Equal(0, lost);
        Assert.True(streamed >= posted + 1, $"{streamed} bot activities streamed for {posted} messages and the welcome");
        Assert.DoesNotContain(fuzz.Keys, status => status >= 500 && status != 501);
        await cluster.RunAsync("status");
        Assert.DoesNotContain("stopped", cluster.Output[^1], StringComparison.Ordinal);
        Assert.Equal(4, events.Count);
    }

    /// <summary>The real processes get bad input too: they must answer it and stay up.</summary>
    private static async Task<Dictionary<int, int>> FuzzThroughNginxAsync(HttpClient client)
    {
        var statuses = new Dictionary<int, int>();
        await Fuzz.HostileBodies.Cases.SampleAsync(
            async fuzzCase =>
            {
                using var content = new ByteArrayContent(fuzzCase.Body);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
                lock (statuses)
                {
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                }
            },
            iter: 400,
            threads: 4);
        return statuses;
    }

    private static async Task HoldAsync(ClusterUser user, Task faultsDone)
    {
        await user.JoinAsync();
        await Pause();
        await user.TellStoryAsync();
        while (user.TurnsSent < MaximumTurns && (user.TurnsSent < MinimumTurns || !faultsDone.IsCompleted))
        {
            await Pause();
            await user.AnswerAsync();
        }

        await user.DoubleTapAsync();
    }

    private static Task Pause() => Task.Delay(Random.Shared.Next(60, 160));

    private static int Turns(IEnumerable<ClusterUser> users) => users.Sum(u => u.TurnsSent);

    private static async Task WhenTurnsReachAsync(ClusterUser[] users, int turns)
    {
        while (Turns(users) < turns)
        {
            await Task.Delay(20);
        }
    }

    private static int CountInLogs(ClusterScript cluster, string pattern, string text)
    {
        var folder = Path.Combine(cluster.RunFolder, Path.GetDirectoryName(pattern) ?? "");
        return Directory.GetFiles(folder, Path.GetFileName(pattern))
            .Sum(file => File.ReadLines(file).Count(line => line.Contains(text, StringComparison.Ordinal)));
    }

    private static async Task Fault(ClusterScript cluster, List<string> events, Stopwatch clock, string action, string instance)
    {
        await cluster.RunAsync(action, instance);
        lock (events)
        {
            events.Add($"{action} {instance} at {clock.Elapsed.TotalSeconds:F1} s");
        }
    }
}
