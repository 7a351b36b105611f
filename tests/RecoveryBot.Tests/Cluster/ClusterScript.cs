using System.Diagnostics;
using System.Globalization;

namespace RecoveryBot.Tests.Cluster;

/// <summary>
/// <c>deploy/cluster.sh</c> on free loopback ports and a run folder of its own, with the bot this test run
/// built (so nothing is published again). Brought down, by the PIDs the script recorded, on dispose.
/// </summary>
internal sealed class ClusterScript : IDisposable
{
    private readonly Dictionary<string, string> _environment;

    public ClusterScript()
    {
        foreach (var (program, package) in new[] { ("redis-server", "redis-server"), ("redis-cli", "redis-tools"), ("nginx", "nginx"), ("curl", "curl") })
        {
            Infrastructure.ExternalProgram.Find(program, package);
        }

        RunFolder = Path.Combine(Path.GetTempPath(), "recoverybot-cluster", Guid.NewGuid().ToString("N"));
        Port = Infrastructure.FreePort.Next();
        RedisPort = Infrastructure.FreePort.Next();
        BotPorts = [Infrastructure.FreePort.Next(), Infrastructure.FreePort.Next()];
        _environment = new Dictionary<string, string>
        {
            ["CLUSTER_RUN_DIR"] = RunFolder,
            ["CLUSTER_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["CLUSTER_REDIS_PORT"] = RedisPort.ToString(CultureInfo.InvariantCulture),
            ["CLUSTER_BOT_PORTS"] = string.Join(' ', BotPorts),
            ["CLUSTER_BOT_DLL"] = Path.Combine(AppContext.BaseDirectory, "RecoveryBot.Bot.dll"),
            // Many test conversations come from one client; the per-conversation limit is tested elsewhere.
            ["Bot__RateLimitBurst"] = "1000",
        };
    }

    public string RunFolder { get; }

    public int Port { get; }

    public int RedisPort { get; }

    public int[] BotPorts { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public List<string> Output { get; } = [];

    public Task RunAsync(params string[] arguments) => Task.Run(() => Run(arguments));

    public void Dispose()
    {
        try
        {
            Run("down");
        }
        finally
        {
            if (Directory.Exists(RunFolder))
            {
                Directory.Delete(RunFolder, recursive: true);
            }
        }
    }

    private void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "deploy", "cluster.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cluster.sh {string.Join(' ', arguments)} did not finish in 2 minutes");
        }

        lock (Output)
        {
            Output.Add(stdout.TrimEnd());
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {string.Join(' ', arguments)} exited {process.ExitCode}: {stdout}{stderr.Result}");
        }
    }
}
