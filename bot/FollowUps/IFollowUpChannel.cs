using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>One way of putting the bot's first words in front of the user (<see cref="FollowUpRoute"/>).</summary>
public interface IFollowUpChannel
{
    FollowUpRoute Route { get; }

    /// <summary>Delivers <paramref name="activities"/> (ids set: the same on every attempt) to the follow-up's conversation.</summary>
    Task<DeliveryResult> DeliverAsync(FollowUp followUp, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
