using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Auth;

/// <summary>A fake identity provider on loopback and a bot configured with an app id that trusts it.</summary>
public sealed class AuthenticatedBot : IAsyncLifetime
{
    public FakeIdentityProvider Identity { get; private set; } = null!;

    internal BotApp App { get; private set; } = null!;

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public async Task InitializeAsync()
    {
        Identity = await FakeIdentityProvider.StartAsync();
        App = new BotApp(Identity.BotSettings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Identity.DisposeAsync();
    }

    internal static Task<HttpResponseMessage> PostAsync(BotApp app, JsonNode activity, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return app.Client.SendAsync(request);
    }

    internal static JsonObject Activity(string channelId = "webchat", string serviceUrl = Inbound.DirectLineServiceUrl) =>
        Inbound.ExpectReplies(Inbound.Message("hi", conversationId: Guid.NewGuid().ToString("N"), channelId: channelId, serviceUrl: serviceUrl));

    internal static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
