using System.Net;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Auth;

/// <summary>Without <c>MicrosoftAppId</c> the bot is open, as for the Emulator on localhost.</summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public async Task RequestWithoutAuthorization_IsAccepted()
    {
        await using var app = new BotApp();

        var response = await AuthenticatedBot.PostAsync(app, Inbound.ExpectReplies(Inbound.Message("hi")), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task RequestWithAuthorization_IsRefusedAsTheSdkDoes(string authorization)
    {
        await using var app = new BotApp();

        var response = await AuthenticatedBot.PostAsync(app, Inbound.ExpectReplies(Inbound.Message("hi")), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Conversation.Inputs);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("c2ln", StringComparison.Ordinal) || line.Contains("dXNlcjpwYXNz", StringComparison.Ordinal));
    }
}
