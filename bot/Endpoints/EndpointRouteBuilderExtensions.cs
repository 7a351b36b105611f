namespace RecoveryBot.Bot.Endpoints;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /api/messages</c> (other methods get 405 from routing), <c>GET /</c> and <c>GET /healthz</c>.</summary>
    public static IEndpointRouteBuilder MapRecoveryBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesEndpoint.Route, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        endpoints.MapGet("/", () => TypedResults.Text("RecoveryBot is running. Bot Framework endpoint: POST /api/messages\n"));
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok\n"));
        return endpoints;
    }
}
