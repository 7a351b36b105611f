using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.Chat;
using RecoveryBot.Tests.Storage;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// The terminal chat with <c>--state FILE</c> and the real conversation on a fake clock: the conversation goes on
/// across runs, and a run started after a follow-up came due shows it first, once.
/// </summary>
public sealed class TerminalFollowUpTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 15, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private async Task<string> RunAsync(string input)
    {
        using var output = new StringWriter();
        var exit = await TerminalChat.RunAsync(
            ["chat", "--timezone", "Asia/Shanghai", "--state", _database.DatabasePath],
            new StringReader(input),
            output,
            TextWriter.Null,
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)));
        Assert.Equal(0, exit);
        return output.ToString();
    }

    [Fact]
    public async Task ChatStartedAfterTheRefundWasDue_ShowsTheFollowUp_OnceAndTheAnswerMovesThePlan()
    {
        await RunAsync("我三个小时前转错了500块给一个不认识的人，他还没收款\n对\n");
        _time.Advance(TimeSpan.FromDays(1));

        var second = await RunAsync("");
        var third = await RunAsync("钱回来了\n");

        Assert.Contains("你昨天 17:15的转账，对方收款的期限到了", second, StringComparison.Ordinal);
        Assert.Contains("[钱回来了 | 还没回来 | 不用提醒了]", second, StringComparison.Ordinal);
        Assert.Contains(Conversation.ConversationTestClient.Text("zh-CN", "plan.success"), third, StringComparison.Ordinal);
        Assert.DoesNotContain("钱回来了吗", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatStartedBeforeTheRefundWasDue_ShowsNoFollowUp_AndTheAnswerGoesOn()
    {
        await RunAsync("我三个小时前转错了500块给一个不认识的人，他还没收款\n对\n");

        var second = await RunAsync("成功了\n");

        Assert.DoesNotContain("钱回来了吗", second, StringComparison.Ordinal);
        Assert.Contains(Conversation.ConversationTestClient.Text("zh-CN", "plan.success"), second, StringComparison.Ordinal);
    }
}
