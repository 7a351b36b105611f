using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Tests.DirectLine;

public class InMemoryDirectLineStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Append_NumbersActivities_AndTheWatermarkFollows()
    {
        var store = Store();
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);

        var stored = await store.AppendAsync("c1", [Message("a"), Message("b")], default);
        var page = await store.ReadAsync("c1", 0, default);

        Assert.Equal(["c1|0000001", "c1|0000002"], stored!.Select(activity => activity.Id));
        Assert.Equal(2, page!.Watermark);
        Assert.Equal(["a", "b"], Texts(page));
    }

    [Fact]
    public async Task Timestamps_StrictlyIncrease_ByAMillisecond_WhenTheClockStandsStill()
    {
        var store = Store();
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);

        var stored = await store.AppendAsync("c1", [Message("a"), Message("b"), Message("c")], default);

        Assert.Equal(
            [_time.GetUtcNow(), _time.GetUtcNow().AddMilliseconds(1), _time.GetUtcNow().AddMilliseconds(2)],
            stored!.Select(activity => activity.Timestamp!.Value));
    }

    [Fact]
    public async Task Read_FromAWatermark_ReturnsOnlyWhatCameAfter()
    {
        var store = Store();
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);
        await store.AppendAsync("c1", [Message("a"), Message("b"), Message("c")], default);

        var page = await store.ReadAsync("c1", 2, default);

        Assert.Equal(["c"], Texts(page!));
        Assert.Equal(3, page!.Watermark);
    }

    [Fact]
    public async Task AConversation_KeepsOnlyItsNewestActivities()
    {
        var store = Store(new DirectLineOptions { MaxActivitiesPerConversation = 3 });
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);
        await store.AppendAsync("c1", [.. "abcde".Select(letter => Message(letter.ToString()))], default);

        var page = await store.ReadAsync("c1", 0, default);

        Assert.Equal(["c", "d", "e"], Texts(page!));
        Assert.Equal(5, page!.Watermark);
    }

    [Fact]
    public async Task OverTheConversationLimit_TheLeastRecentlyUsedIsForgotten()
    {
        var store = Store(new DirectLineOptions { MaxConversations = 2 });
        await store.CreateAsync(new DirectLineConversation("old", "dl_u"), default);
        await store.CreateAsync(new DirectLineConversation("used", "dl_u"), default);
        await store.ReadAsync("old", 0, default);

        await store.CreateAsync(new DirectLineConversation("new", "dl_u"), default);

        Assert.NotNull(await store.GetAsync("old", default));
        Assert.Null(await store.GetAsync("used", default));
        Assert.NotNull(await store.GetAsync("new", default));
    }

    [Fact]
    public async Task OverTheByteBudget_OtherConversationsAreForgotten_AndTheBudgetHolds()
    {
        var store = Store(new DirectLineOptions { MaxLogBytes = 4096 });
        await store.CreateAsync(new DirectLineConversation("quiet", "dl_u"), default);
        await store.AppendAsync("quiet", [Message(new string('x', 1000))], default);
        await store.CreateAsync(new DirectLineConversation("busy", "dl_u"), default);

        await store.AppendAsync("busy", [Message(new string('y', 1500)), Message(new string('y', 1500))], default);

        Assert.Null(await store.GetAsync("quiet", default));
        Assert.NotNull(await store.GetAsync("busy", default));
        Assert.True(store.Bytes <= 4096, $"{store.Bytes} bytes held");
    }

    [Fact]
    public async Task Subscribers_HearOfAppends_AndOfTheirConversationBeingForgotten_UntilTheyLeave()
    {
        var store = Store(new DirectLineOptions { MaxConversations = 1 });
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);
        var heard = 0;
        var subscription = store.Subscribe("c1", () => heard++);

        await store.AppendAsync("c1", [Message("a")], default);
        await store.CreateAsync(new DirectLineConversation("c2", "dl_u"), default);
        subscription.Dispose();
        await store.CreateAsync(new DirectLineConversation("c3", "dl_u"), default);

        Assert.Equal(2, heard);
        Assert.Null(await store.ReadAsync("c1", 0, default));
    }

    [Fact]
    public async Task Start_SucceedsOnce()
    {
        var store = Store();
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);

        Assert.True(await store.TryStartAsync("c1", default));
        Assert.False(await store.TryStartAsync("c1", default));
        Assert.False(await store.TryStartAsync("unknown", default));
    }

    [Fact]
    public async Task UnknownConversations_AreNull_AndIdsAreNotReused()
    {
        var store = Store();

        Assert.True(await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default));
        Assert.False(await store.CreateAsync(new DirectLineConversation("c1", "dl_other"), default));
        Assert.Null(await store.AppendAsync("unknown", [Message("a")], default));
        Assert.Null(await store.ReadAsync("unknown", 0, default));
        Assert.Equal("dl_u", (await store.GetAsync("c1", default))!.UserId);
    }

    private InMemoryDirectLineStore Store(DirectLineOptions? options = null) =>
        new(Options.Create(options ?? new DirectLineOptions()), _time, NullLogger<InMemoryDirectLineStore>.Instance);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static List<string?> Texts(ActivityPage page) =>
        [.. page.Activities.Select(json => JsonSerializer.Deserialize<Activity>(json.Span, ProtocolJson.Options)!.Text)];
}
