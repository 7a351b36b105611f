using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Bot.Operations;

namespace RecoveryBot.Tests.Operations;

/// <summary>A <see cref="BotMetrics"/> on a meter factory of its own, for code built by hand in tests.</summary>
internal static class TestMetrics
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public static BotMetrics Create() => new(Services.GetRequiredService<IMeterFactory>());
}
