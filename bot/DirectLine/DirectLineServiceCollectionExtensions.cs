using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Page;

namespace RecoveryBot.Bot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    public const string CorsPolicyName = "DirectLine";

    /// <summary>
    /// The self-hosted Direct Line channel, <c>/api/token</c> and the chat page. Needs the turn pipeline
    /// (<c>AddRecoveryBotHost</c>). The store and the token service are registered only if none is yet, so a
    /// shared (Redis) implementation registered earlier wins.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.Secret.Length == 0 || o.Secret.Length >= DirectLineOptions.MinimumSecretLength, $"DirectLine:Secret must be empty (one is made at start-up) or at least {DirectLineOptions.MinimumSecretLength} characters.")
            .Validate(o => o.TokenLifetimeSeconds >= 1, "DirectLine:TokenLifetimeSeconds must be at least 1.")
            .Validate(o => o.StreamUrlLifetimeSeconds >= 1, "DirectLine:StreamUrlLifetimeSeconds must be at least 1.")
            .Validate(o => o.MaxActivityBytes >= 1024, "DirectLine:MaxActivityBytes must be at least 1024.")
            .Validate(o => o.MaxActivitiesPerConversation >= 1, "DirectLine:MaxActivitiesPerConversation must be at least 1.")
            .Validate(o => o.MaxConversations >= 1, "DirectLine:MaxConversations must be at least 1.")
            .Validate(o => o.MaxLogBytes >= 1024, "DirectLine:MaxLogBytes must be at least 1024.")
            .Validate(o => o.TokenRequestsPerMinute >= 1, "DirectLine:TokenRequestsPerMinute must be at least 1.")
            .Validate(o => o.StreamKeepAliveSeconds >= 1, "DirectLine:StreamKeepAliveSeconds must be at least 1.")
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "DirectLine:AllowedOrigins entries must be origins such as https://shop.example (scheme, host, optional port; no path).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineSecret>();
        services.TryAddSingleton<IDirectLineTokenService, SignedTokenService>();
        services.TryAddSingleton<IDirectLineStore, InMemoryDirectLineStore>();
        services.AddSingleton<DirectLineChannel>();
        services.AddSingleton<FollowUps.IFollowUpChannel, DirectLineFollowUpChannel>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineTokenEndpoints>();
        services.AddSingleton<DirectLineConversationEndpoints>();
        services.AddSingleton<DirectLineActivityEndpoints>();
        services.AddSingleton<DirectLineStreamEndpoint>();
        services.AddSingleton<TokenRequestLimiter>();
        services.AddSingleton<PageTokenEndpoint>();
        services.TryAddSingleton(_ => ChatPageAssets.BesideBinary());
        services.AddSingleton<ChatPageEndpoints>();
        services.AddHostedService<DirectLineStartupReport>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(CorsPolicyName, policy => policy
                .WithOrigins([.. directLine.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }

    /// <summary>The middleware Direct Line needs: WebSockets for the stream, CORS for pages on allowed origins.</summary>
    public static IApplicationBuilder UseDirectLine(this IApplicationBuilder app)
    {
        app.UseWebSockets();
        app.UseCors();
        return app;
    }

    /// <summary>Maps <c>/v3/directline/…</c>, <c>POST /api/token</c>, the page at <c>/</c> and its files at <c>/assets/{file}</c>.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(DirectLineUrls.Prefix).RequireCors(CorsPolicyName);
        api.MapPost("/tokens/generate", (HttpContext context, DirectLineTokenEndpoints tokens) => tokens.GenerateAsync(context));
        api.MapPost("/tokens/refresh", (HttpContext context, DirectLineTokenEndpoints tokens) => tokens.RefreshAsync(context));
        api.MapPost("/conversations", (HttpContext context, DirectLineConversationEndpoints conversations) => conversations.StartAsync(context));
        api.MapGet("/conversations/{conversationId}", (HttpContext context, string conversationId, DirectLineConversationEndpoints conversations) => conversations.ReconnectAsync(context, conversationId));
        api.MapGet("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, DirectLineActivityEndpoints activities) => activities.GetAsync(context, conversationId));
        api.MapPost("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, DirectLineActivityEndpoints activities) => activities.PostAsync(context, conversationId));
        api.MapGet("/conversations/{conversationId}/stream", (HttpContext context, string conversationId, DirectLineStreamEndpoint stream) => stream.HandleAsync(context, conversationId));

        endpoints.MapPost(PageTokenEndpoint.Route, (HttpContext context, PageTokenEndpoint token) => token.HandleAsync(context));
        endpoints.MapGet("/", (HttpContext context, ChatPageEndpoints page) => page.Page(context));
        endpoints.MapGet(ChatPageEndpoints.AssetsPrefix + "{fileName}", (HttpContext context, string fileName, ChatPageEndpoints page) => page.Asset(context, fileName));
        return endpoints;
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && !origin.EndsWith('/') && string.IsNullOrEmpty(uri.Query);
}
