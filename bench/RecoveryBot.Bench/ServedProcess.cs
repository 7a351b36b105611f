using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RecoveryBot.Bench;

/// <summary>
/// A server this benchmark started as a child process (this executable with a <c>serve-*</c> command) on a
/// free loopback port; its CPU time and peak memory are read from the OS. Stopped by its own process id.
/// </summary>
internal sealed class ServedProcess : IDisposable
{
    private readonly Process _process;

    private ServedProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="isReady">When the server counts as ready (default: <c>/healthz</c> answers); polled every <paramref name="pollInterval"/> (default 100 ms).</param>
    public static async Task<ServedProcess> StartAsync(
        string command,
        IReadOnlyDictionary<string, string> environment,
        HttpClient probe,
        Func<HttpClient, Uri, Task<bool>>? isReady = null,
        TimeSpan? pollInterval = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServedProcess).Assembly.Location);
        }

        start.ArgumentList.Add(command);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Console.Error.WriteLine($"[{command}] {line.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var served = new ServedProcess(process, baseAddress);
        await served.WaitUntilReadyAsync(probe, isReady ?? HealthzAnswers, pollInterval ?? TimeSpan.FromMilliseconds(100));
        return served;
    }

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public long PeakWorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static async Task<bool> HealthzAnswers(HttpClient probe, Uri baseAddress)
    {
        using var response = await probe.GetAsync(new Uri(baseAddress, "/healthz"));
        return response.IsSuccessStatusCode;
    }

    private async Task WaitUntilReadyAsync(HttpClient probe, Func<HttpClient, Uri, Task<bool>> isReady, TimeSpan pollInterval)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {_process.ExitCode} before it was ready");
            }

            try
            {
                if (await isReady(probe, BaseAddress))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(pollInterval);
        }

        throw new TimeoutException("the server did not become ready within 30 s");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
