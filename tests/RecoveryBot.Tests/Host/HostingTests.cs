using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Hosting;

namespace RecoveryBot.Tests.Host;

public class HostingTests
{
    [Fact]
    public async Task Healthz_Returns200()
    {
        await using var app = new BotApp();

        var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Root_ServesTheChatPage()
    {
        await using var app = new BotApp();

        var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/assets/webchat.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppIdConfigured_RequestWithoutToken_RefusesWith401()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "secret",
        });

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Conversation.Inputs);
    }

    [Theory]
    [InlineData("Bot:MaxTextLength", "0")]
    [InlineData("Bot:MaxRequestBodyBytes", "10")]
    [InlineData("Storage:SqlitePath", " ")]
    public void InvalidOption_FailsTheStart(string key, string value)
    {
        // The services of the real host with the bad setting; the start-up validator is what the host runs
        // first when it starts (no WebApplicationFactory: parallel factories of one Program can cross-talk).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddRecoveryBotHost();
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5000")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5000")]
    public void DefaultAddress_IsNotUsed_WhenAnAddressIsConfigured(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.True(DefaultAddress.IsAddressConfigured(configuration));
    }

    [Fact]
    public void DefaultAddress_IsTheBotFrameworkPort_WhenNothingIsConfigured()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.False(DefaultAddress.IsAddressConfigured(configuration));
        Assert.Equal("http://localhost:3978", DefaultAddress.Url);
    }
}
