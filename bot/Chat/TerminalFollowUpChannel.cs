using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Chat;

/// <summary>The terminal as a follow-up route: the bot's first words are printed like any reply.</summary>
internal sealed class TerminalFollowUpChannel(TextWriter output) : IFollowUpChannel
{
    public FollowUpRoute Route => FollowUpRoute.Terminal;

    public async Task<DeliveryResult> DeliverAsync(FollowUp followUp, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        await ChatTranscriptWriter.WriteAsync(output, activities);
        return DeliveryResult.Delivered;
    }
}
