using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Operations;

/// <summary>With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, the bot's metrics reach an OTLP collector (one of the test's own, on loopback).</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Metrics_AreExportedOverOtlp_WhenAnEndpointIsConfigured()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        var collectorBuilder = WebApplication.CreateSlimBuilder();
        collectorBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        collectorBuilder.Logging.ClearProviders();
        await using var collector = collectorBuilder.Build();
        collector.MapPost("/{**path}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((request.Path, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();

        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.Single(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        });
        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi")));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!received.Any(r => Contains(r.Body, "recoverybot.turns") && Contains(r.Body, "recoverybot.turn.duration")) && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100);
        }

        var export = received.FirstOrDefault(r => Contains(r.Body, "recoverybot.turns") && Contains(r.Body, "recoverybot.turn.duration"));
        Assert.True(export.Body is not null, $"{received.Count} exports, none with the turn counter and histogram: {string.Join(" | ", received.Select(r => Encoding.UTF8.GetString(r.Body).Replace('\0', '.')))}");
        Assert.Equal("/v1/metrics", export.Path);
        Assert.True(Contains(export.Body, "RecoveryBot"));
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
