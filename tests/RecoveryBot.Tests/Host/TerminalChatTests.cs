using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecoveryBot.Bot.Chat;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.Host;

public class TerminalChatTests
{
    [Fact]
    public async Task Chat_PipedInput_PrintsWelcomeRepliesAndSuggestedActions()
    {
        var conversation = new ScriptedConversation();
        using var output = new StringWriter();

        var exit = await RunAsync(conversation, ["chat", "--locale", "en-US"], "hello\n\nask\n", output);

        Assert.Equal(0, exit);
        var printed = output.ToString();
        Assert.Contains("welcome turn 1", printed, StringComparison.Ordinal);
        Assert.Contains("[a | b]", printed, StringComparison.Ordinal);
        Assert.Contains("turn 2", printed, StringComparison.Ordinal);
        Assert.Contains("turn 3 amount?\n[100 | 500 元]", printed.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(3, conversation.Inputs.Count);
        Assert.All(conversation.Inputs, input => Assert.Equal("en-US", input.LocaleHint));
    }

    [Fact]
    public async Task Chat_Quit_StopsReadingInput()
    {
        var conversation = new ScriptedConversation();
        using var output = new StringWriter();

        await RunAsync(conversation, ["chat"], "one\n/quit\ntwo\n", output);

        Assert.Equal(["one"], conversation.Inputs.Where(i => i.Kind == InputKind.Message).Select(i => i.Text));
    }

    [Fact]
    public async Task Chat_TimeZoneOption_SetsTheLocalOffset()
    {
        var conversation = new ScriptedConversation();
        using var output = new StringWriter();

        await RunAsync(conversation, ["chat", "--timezone", "Asia/Shanghai"], "hi\n", output);

        var input = conversation.Inputs.Last();
        Assert.Equal("Asia/Shanghai", input.LocalTimezone);
        Assert.Equal(TimeSpan.FromHours(8), input.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public async Task Chat_TurnFailure_PrintsAnApologyAndGoesOn()
    {
        var conversation = new ScriptedConversation();
        using var output = new StringWriter();

        var exit = await RunAsync(conversation, ["chat"], "boom\nafter\n", output);

        Assert.Equal(0, exit);
        Assert.Contains("turn 2", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--locale")]
    [InlineData("--bogus")]
    [InlineData("--timezone", "Mars/Olympus")]
    public async Task Chat_BadArguments_ExitWithUsage(params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await TerminalChat.RunAsync(["chat", .. extra], new StringReader(""), output, error, configureServices: null);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<int> RunAsync(ScriptedConversation conversation, string[] args, string input, StringWriter output) =>
        TerminalChat.RunAsync(args, new StringReader(input), output, TextWriter.Null, services =>
            services.Replace(ServiceDescriptor.Singleton<IRecoveryConversation>(conversation)));
}
