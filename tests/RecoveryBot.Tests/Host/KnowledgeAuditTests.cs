using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "memory");
            builder.UseSetting("Knowledge:Path", _folder);
        });
        var stopping = new TaskCompletionSource();

        factory.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());

        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task CleanKnowledge_KeepsTheBotRunning()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "memory");
            builder.UseSetting("Knowledge:Path", _folder);
        });
        var loaded = factory.Services.GetRequiredService<RecoveryBot.Bot.Conversation.LoadedKnowledge>();

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
