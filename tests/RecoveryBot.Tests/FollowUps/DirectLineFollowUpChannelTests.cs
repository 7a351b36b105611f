using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>Follow-ups appended to the self-hosted Direct Line log: once per activity id, and "gone" for a forgotten conversation.</summary>
public sealed class DirectLineFollowUpChannelTests
{
    private readonly InMemoryDirectLineStore _store = new(Options.Create(new DirectLineOptions()), new FakeTimeProvider(), NullLogger<InMemoryDirectLineStore>.Instance);

    private DirectLineFollowUpChannel Channel => new(_store, new KeyedAsyncLock());

    private static FollowUp FollowUpTo(string conversationId) => FollowUp.Plan(
        "directline/conversations/" + conversationId,
        new PlannedFollowUp("wait-auto-refund", new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)),
        new ConversationAddress(FollowUpRoute.DirectLine, "directline", conversationId, "http://127.0.0.1/v3/directline/", DirectLineChannel.Bot, new ChannelAccount { Id = "dl_user" }));

    private static Activity Message(FollowUp followUp) => new()
    {
        Type = ActivityTypes.Message,
        Id = followUp.ActivityId(0),
        Text = "钱回来了吗？",
        ChannelData = JsonSerializer.SerializeToElement(new ReplyChannelData(null, null) { FollowUp = new FollowUpNotice(followUp.ActivityId(0), followUp.StepId, followUp.Due) }, ProtocolJson.Options),
    };

    [Fact]
    public async Task SameFollowUpDeliveredTwice_IsInTheLogOnce()
    {
        await _store.CreateAsync(new DirectLineConversation("conv1", "dl_user"), default);
        var followUp = FollowUpTo("conv1");

        var first = await Channel.DeliverAsync(followUp, [Message(followUp)], default);
        var again = await Channel.DeliverAsync(followUp, [Message(followUp)], default);

        Assert.Equal(DeliveryResult.Delivered, first);
        Assert.Equal(DeliveryResult.Delivered, again);
        Assert.Single((await _store.ReadAsync("conv1", 0, default))!.Activities);
    }

    [Fact]
    public async Task ForgottenConversation_IsGone()
    {
        var followUp = FollowUpTo("never-created");

        Assert.Equal(DeliveryResult.Gone, await Channel.DeliverAsync(followUp, [Message(followUp)], default));
    }
}
