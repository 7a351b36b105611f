using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using RecoveryBot.Bot.Conversation;
using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Tests.Host;

public sealed class KnowledgeAuditTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "knowledge-audit-" + Guid.NewGuid().ToString("N"));

    public KnowledgeAuditTests() => CopyDirectory(RepositoryPaths.Knowledge, _folder);

    [Fact]
    public async Task KnowledgeThatRepeatsAWrongClaim_StopsTheBotAfterStartUp()
    {
        var strings = Path.Combine(_folder, "strings.zh-CN.yaml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("restart: 好的，我们重新开始。", "restart: 好的，我们重新开始。转账后发送方可以撤回。", StringComparison.Ordinal));
        var knowledge = KnowledgeBase.LoadWithBackgroundAudit(_folder, out var audit);
        var lifetime = new Mock<IHostApplicationLifetime>();
        using var watcher = new KnowledgeAuditWatcher(new LoadedKnowledge(knowledge, audit), lifetime.Object, NullLogger<KnowledgeAuditWatcher>.Instance);

        await watcher.StartAsync(CancellationToken.None);
        await watcher.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(await audit, e => e.File == "strings.zh-CN.yaml" && e.Message.Contains("wrong claim", StringComparison.Ordinal));
        lifetime.Verify(l => l.StopApplication(), Times.Once);
    }

    [Fact]
    public async Task CleanKnowledge_KeepsTheBotRunning()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "memory");
            builder.UseSetting("Knowledge:Path", _folder);
        });
        var loaded = factory.Services.GetRequiredService<LoadedKnowledge>();

        var errors = await loaded.WrongClaimAudit.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(errors);
        Assert.False(factory.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
