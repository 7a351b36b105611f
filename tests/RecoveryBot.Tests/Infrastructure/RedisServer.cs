using System.Diagnostics;
using StackExchange.Redis;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port, without persistence, started for the tests that use it
/// and killed afterwards. Tests share one server and keep apart by key prefix.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process _process;

    public RedisServer()
    {
        Port = FreePort.Next();
        var start = new ProcessStartInfo(ExternalProgram.Find("redis-server", "redis-server"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Connection = WaitForConnection();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>A connection of the tests' own, to look at what the bot stored.</summary>
    public ConnectionMultiplexer Connection { get; }

    public static string UniquePrefix() => $"test-{Guid.NewGuid():N}:";

    public ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(ConnectionString);

    public void Dispose()
    {
        Connection.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private ConnectionMultiplexer WaitForConnection()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var connection = ConnectionMultiplexer.Connect($"{ConnectionString},connectTimeout=500");
                connection.GetDatabase().Ping();
                return connection;
            }
            catch (RedisConnectionException) when (waited.Elapsed < TimeSpan.FromSeconds(10) && !_process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }
}
