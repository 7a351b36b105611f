using RecoveryBot.Bot.Page;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>Says at start-up what an operator must know: a secret made for this run only, or a missing Web Chat bundle.</summary>
public sealed class DirectLineStartupReport(DirectLineSecret secret, ChatPageAssets assets, ILogger<DirectLineStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (secret.IsGenerated)
        {
            DirectLineLog.SecretGenerated(logger);
        }

        if (!assets.Exists(ChatPageAssets.BundleFile))
        {
            DirectLineLog.BundleMissing(logger, Path.Combine(assets.Root, ChatPageAssets.BundleFile));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
