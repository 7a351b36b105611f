using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Moq;

namespace RecoveryBot.Tests.Host;

public class RequestValidationTests
{
    [Theory]
    [InlineData("{bad")]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"type\":\"message\",\"text\":\"\\ud800\"}")]
    public async Task Post_MalformedJson_Returns400WithProblemDetails(string body)
    {
        await using var app = new BotApp();

        var response = await app.Client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Post_MissingType_Returns400WithProblemDetails(string? type)
    {
        await using var app = new BotApp();
        var activity = Inbound.Message("hi");
        if (type is null)
        {
            activity.Remove("type");
        }
        else
        {
            activity["type"] = type;
        }

        var response = await app.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        app.Connector.VerifyCalls(Times.Never());
    }

    [Fact]
    public async Task Message_WithoutConversationId_Returns400()
    {
        await using var app = new BotApp();
        var activity = Inbound.Message("hi");
        activity.Remove("conversation");

        var response = await app.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Conversation.Inputs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("ftp://example.invalid/")]
    public async Task Message_WithoutUsableServiceUrl_Returns400(string? serviceUrl)
    {
        await using var app = new BotApp();
        var activity = Inbound.Message("hi");
        activity["serviceUrl"] = serviceUrl;

        var response = await app.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        app.Connector.VerifyCalls(Times.Never());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Return405(string method)
    {
        await using var app = new BotApp();

        var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_OversizedBody_Returns413()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.Message(new string('x', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(app.Conversation.Inputs);
    }

    [Fact]
    public async Task Post_OversizedBodyWithoutContentLength_Returns413()
    {
        await using var app = new BotApp();
        var bytes = Encoding.UTF8.GetBytes(Inbound.Message(new string('x', 300 * 1024)).ToJsonString());
        using var content = new StreamContent(new UnseekableStream(bytes));

        var response = await app.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyLimitIsConfigurable()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Bot:MaxRequestBodyBytes"] = "2048" });

        var response = await app.Client.PostAsync(Inbound.Message(new string('x', 3000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("ping")]
    [InlineData("contactRelationUpdate")]
    [InlineData("deleteUserData")]
    [InlineData("event")]
    [InlineData("endOfConversation")]
    [InlineData("messageReaction")]
    [InlineData("somethingInvented")]
    public async Task TypingAndUnknownTypes_Return200WithoutReply(string type)
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.OfType(type));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        app.Connector.VerifyCalls(Times.Never());
        Assert.Empty(app.Conversation.Inputs);
    }

    [Fact]
    public async Task Invoke_WithoutHandler_Returns501()
    {
        await using var app = new BotApp();
        var invoke = Inbound.OfType("invoke");
        invoke["name"] = "adaptiveCard/action";

        var response = await app.Client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        app.Connector.VerifyCalls(Times.Never());
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
