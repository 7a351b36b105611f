using System.Diagnostics;
using System.Text.Json;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>
/// Runs one of the real-client scripts in <c>tests/clients</c> (installed by <c>scripts/install-test-deps.sh</c>)
/// with Node and parses the one JSON object it prints. A missing Node, npm install or browser fails the test:
/// these tests never skip.
/// </summary>
internal static class NodeClient
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "clients");

    public static async Task<NodeRun> RunAsync(string script, object options, TimeSpan timeout)
    {
        Assert.True(
            Directory.Exists(Path.Combine(Folder, "node_modules")),
            $"{Folder}/node_modules is missing: run scripts/install-test-deps.sh (./scripts/test.sh does).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(JsonSerializer.Serialize(options));
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within {timeout}: {await error}");
        }

        var stdout = (await output).Trim();
        var stderr = await error;
        Assert.False(string.IsNullOrEmpty(stdout), $"node {script} printed nothing (exit {process.ExitCode}): {stderr}");
        using var document = JsonDocument.Parse(stdout.Split('\n')[^1]);
        return new NodeRun(process.ExitCode, document.RootElement.Clone(), stderr, stopwatch.Elapsed);
    }
}

/// <summary>What a client script reported: its exit code, its JSON, its stderr and how long it took.</summary>
internal sealed record NodeRun(int ExitCode, JsonElement Result, string Errors, TimeSpan Elapsed)
{
    public void AssertSucceeded() =>
        Assert.True(ExitCode == 0, $"the client failed: {Result.GetPropertyOrDefault("error")}\n{Result}\n{Errors}");
}

internal static class JsonElementExtensions
{
    public static string? GetPropertyOrDefault(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ToString() : null;
}
