namespace RecoveryBot.Bot.Endpoints;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /api/messages</c> (other methods get 405 from routing) and <c>GET /healthz</c>. The page at <c>/</c> comes with Direct Line.</summary>
    public static IEndpointRouteBuilder MapRecoveryBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesEndpoint.Route, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok\n"));
        return endpoints;
    }
}
