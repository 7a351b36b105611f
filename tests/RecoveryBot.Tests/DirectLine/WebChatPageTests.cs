using System.Text.Json;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>
/// Debian's Chromium, headless, opens the page the bot serves (the real Web Chat bundle from npm) and a user holds
/// a conversation through it: the welcome, a Chinese message, the reply's suggested actions, a click, the plan with
/// its Adaptive Card, a reload that resumes, a phone-sized view, and the card's buttons, whose answers come back (one
/// of them a Markdown list, drawn as a list). Screenshots (desktop and phone) are kept under the test output's
/// <c>artifacts/webchat</c> folder.
/// </summary>
public sealed class WebChatPageTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "artifacts", "webchat");

    [Fact]
    public async Task Chromium_HoldsAConversationThroughThePage_UpToThePlan()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/install-test-deps.sh (it installs Debian's chromium).");
        Directory.CreateDirectory(ScreenshotFolder);
        await using var app = new DirectLineApp(kestrel: true, realConversation: true);

        var run = await NodeClient.RunAsync(
            "webchat-conversation.mjs",
            new
            {
                url = app.BaseAddress.ToString(),
                message = DirectLineClientTests.Situation,
                choice = "对",
                planPrefix = ClientTranscript.PlanPrefix,
                welcomePrefix = "你好，我是微信追款助手",
                cardDetail = "如果不行呢？",
                cardDetailAnswer = "如果不行：",
                cardList = "期限",
                screenshotDir = ScreenshotFolder,
                executablePath = Chromium,
            },
            TimeSpan.FromSeconds(90));

        output.WriteLine($"Chromium run: {run.Elapsed.TotalMilliseconds:F0} ms; steps (ms since start): {run.Result.GetProperty("steps")}");
        output.WriteLine("Screenshots: " + string.Join(", ", run.Result.GetProperty("screenshots").EnumerateArray()));
        run.AssertSucceeded();
        var result = run.Result;
        Assert.StartsWith("你好，我是微信追款助手", result.GetProperty("welcome").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(result.GetProperty("welcomeActions").EnumerateArray());
        Assert.Equal(0, result.GetProperty("sentDuringComposition").GetInt32());
        Assert.Equal(0, result.GetProperty("sentOnKeyCode229").GetInt32());
        Assert.Contains("对", result.GetProperty("replyActions").EnumerateArray().Select(action => action.GetString()));
        Assert.Equal(0, result.GetProperty("sendFailed").GetInt32());
        Assert.StartsWith(ClientTranscript.PlanPrefix, result.GetProperty("plan").GetString(), StringComparison.Ordinal);
        var cardText = result.GetProperty("cardText").GetString()!;
        Assert.Contains("第1步：请对方点“立即退还”", cardText, StringComparison.Ordinal);
        Assert.Contains("现在做这一步", cardText, StringComparison.Ordinal);
        Assert.Contains("之前", cardText, StringComparison.Ordinal);
        Assert.Equal(["要准备什么？", "如果不行呢？", "为什么要这样做？", "来源", "期限"], result.GetProperty("cardButtons").EnumerateArray().Select(b => b.GetString()!.Trim()));
        Assert.Contains("第1步：请对方点“立即退还”", result.GetProperty("cardDetailAnswer").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(result.GetProperty("listItems").EnumerateArray());
        Assert.All(result.GetProperty("listItems").EnumerateArray(), item => Assert.DoesNotContain("·", item.GetString(), StringComparison.Ordinal));
        Assert.Equal(result.GetProperty("conversationId").GetString(), result.GetProperty("resumedConversationId").GetString());
        Assert.Equal(result.GetProperty("bubblesBeforeReload").GetInt32(), result.GetProperty("bubblesAfterReload").GetInt32());
        Assert.Equal(1, result.GetProperty("welcomesAfterReload").GetInt32());
        Assert.False(result.GetProperty("phoneOverflowsHorizontally").GetBoolean(), "the page scrolls sideways on a phone");
        Assert.Empty(result.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(result.GetProperty("pageErrors").EnumerateArray());
        Assert.All(result.GetProperty("screenshots").EnumerateArray(), screenshot =>
            Assert.True(new FileInfo(screenshot.GetString()!).Length > 10_000, $"{screenshot} is missing or blank"));
    }
}
