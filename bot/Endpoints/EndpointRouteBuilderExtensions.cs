using RecoveryBot.Bot.Operations;

namespace RecoveryBot.Bot.Endpoints;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /api/messages</c> (other methods get 405 from routing), <c>GET /healthz</c> (the process
    /// answers) and <c>GET /readyz</c> (knowledge loaded and store reachable: 200, else 503). The page at
    /// <c>/</c> comes with Direct Line.
    /// </summary>
    public static IEndpointRouteBuilder MapRecoveryBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesEndpoint.Route, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok\n"));
        endpoints.MapGet("/readyz", async (Readiness readiness, CancellationToken cancellationToken) =>
        {
            var report = await readiness.CheckAsync(cancellationToken);
            return TypedResults.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
