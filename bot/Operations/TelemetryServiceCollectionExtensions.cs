using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace RecoveryBot.Bot.Operations;

public static class TelemetryServiceCollectionExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Exports the <c>RecoveryBot</c> meter with OpenTelemetry over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// is set; the other standard <c>OTEL_*</c> settings (protocol, headers, export interval, service name)
    /// apply. Without it nothing is exported, and the meter can still be read locally with dotnet-counters.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("RecoveryBot"))
            .WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName).AddOtlpExporter());
        return services;
    }
}
