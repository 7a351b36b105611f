using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.Tools;

namespace RecoveryBot.Tests.Host;

/// <summary>The <c>understand</c> command of ../shared/understanding/CONTRACT.md §2: one line out per line in.</summary>
public class UnderstandCommandTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 12, 15, 0, TimeSpan.Zero));

    [Fact]
    public async Task Messages_AreAnsweredOneLineEach_WithTheSlotsAConversationWouldTake()
    {
        var input = string.Join('\n',
            """{"id":"a","lang":"zh","context":"opening","expecting":null,"text":"昨天晚上转错了800块，他还没收"}""",
            """{"id":"b","lang":"en","context":"answer","expecting":"confirm","text":"not quite, it was 1,500 not 15,000"}""",
            """{"id":"c","lang":"zh","context":"answer","expecting":"amount","text":"验证码 384920"}""");

        var lines = await Run(input);

        Assert.Equal(3, lines.Count);
        var opening = lines[0]["slots"]!;
        Assert.Equal("transfer", opening["kind"]!.GetValue<string>());
        Assert.Equal("notAccepted", opening["recipientAction"]!.GetValue<string>());
        Assert.Equal("mistake", opening["reason"]!.GetValue<string>());
        Assert.Equal(800m, opening["amount"]!.GetValue<decimal>());
        Assert.Equal("2026-11-22T", opening["sentAt"]!.GetValue<string>()[..11]);
        Assert.False(lines[1]["slots"]!["confirm"]!.GetValue<bool>());
        Assert.Equal(1500m, lines[1]["slots"]!["amount"]!.GetValue<decimal>());
        Assert.Null(lines[2]["slots"]!["amount"]);
        Assert.True(lines[2]["slots"]!["offersSecret"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""["an array"]""")]
    [InlineData("""{"id":"x","expecting":"nonsense","text":"hi"}""")]
    [InlineData("""{"id":"x","text":"hi","referenceDateTime":"yesterday"}""")]
    [InlineData("""{"id":"x","text":42}""")]
    public async Task BadLine_GetsAnErrorLine_AndTheNextLineIsStillRead(string bad)
    {
        var lines = await Run(bad + "\n" + """{"id":"ok","lang":"en","text":"I transferred 300 yuan by mistake"}""");

        Assert.Equal(2, lines.Count);
        Assert.NotNull(lines[0]["error"]);
        Assert.Equal("transfer", lines[1]["slots"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongArguments_PrintTheUsage()
    {
        var error = new StringWriter();

        var exit = await UnderstandCommand.RunAsync(["understand", "--verbose"], new StringReader(""), new StringWriter(), error, Time);

        Assert.Equal(2, exit);
        Assert.Contains("usage", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<JsonObject>> Run(string input)
    {
        var output = new StringWriter();
        var exit = await UnderstandCommand.RunAsync(["understand", "--path", RepositoryPaths.Knowledge], new StringReader(input), output, new StringWriter(), Time);
        Assert.Equal(0, exit);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];
    }
}
