using System.Net;

namespace RecoveryBot.Tests.Host;

public class LoggingTests
{
    private const string Secret = "验证码 739154 ¥8888";

    [Fact]
    public async Task Logs_NeverContainMessageText_OnSuccessFailureOrTruncation()
    {
        await using var app = new BotApp(
            new Dictionary<string, string?> { ["Bot:MaxTextLength"] = "12" },
            new ConnectorRecorder(call => call == 1 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK));

        await app.Client.PostAsync(Inbound.Message(Secret));
        await app.Client.PostAsync(Inbound.Message($"{ScriptedConversation.Boom} {Secret}"));
        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(Secret + Secret)));

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("739154", StringComparison.Ordinal) || line.Contains("8888", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_NameTheConversationAndTheTurnLatency()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi")));

        Assert.Contains(app.Logs.Lines, line => line.StartsWith("Information", StringComparison.Ordinal)
            && line.Contains(Inbound.ConversationId, StringComparison.Ordinal)
            && line.Contains(" ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_SayTheEndpointIsOpenWhenThereIsNoAppId()
    {
        await using var app = new BotApp();

        await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains(app.Logs.Lines, line => line.Contains("open for the Emulator", StringComparison.Ordinal));
    }
}
