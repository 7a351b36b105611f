using System.Diagnostics;
using System.Globalization;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// The bot this test run built, as a process of its own (<c>dotnet RecoveryBot.Bot.dll</c>) on a free loopback
/// port, with settings given as environment variables and a working folder of its own (its SQLite file lives
/// there). Ready when <c>/readyz</c> answers 200; killed (SIGKILL, a crash) or stopped on dispose.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotProcess(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the process wrote so far (logs), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort.Next();
        var folder = Path.Combine(Path.GetTempPath(), "recoverybot-process", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RecoveryBot.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.Environment["DOTNET_CONTENTROOT"] = folder;
        start.Environment["ASPNETCORE_CONTENTROOT"] = folder;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the bot process did not start");
        var bot = new BotProcess(process, port, folder);
        process.OutputDataReceived += (_, line) => bot.Record(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    /// <summary>SIGKILL: the process dies at once, in the middle of whatever it was doing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open a moment after the kill: the temp folder is cleaned by the system later.
        }

        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(_process.HasExited, $"the bot exited at start:\n{Output}");
            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "readyz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the bot did not become ready within 60 s:\n{Output}");
    }
}
