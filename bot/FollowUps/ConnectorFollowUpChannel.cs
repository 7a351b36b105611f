using System.Net;
using RecoveryBot.Bot.Connector;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// Follow-ups through the channel's Connector: SendToConversation (<c>POST {serviceUrl}/v3/conversations/{id}/activities</c>),
/// with the bot's token when it has an app id. A 4xx (the conversation or bot is gone, the bot was removed) ends the
/// follow-up; 408, 429, 5xx, a timeout or a network error is tried again.
/// </summary>
public sealed class ConnectorFollowUpChannel(ConnectorClient connector) : IFollowUpChannel
{
    public FollowUpRoute Route => FollowUpRoute.Connector;

    public async Task<DeliveryResult> DeliverAsync(FollowUp followUp, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (!ConnectorUrls.IsUsable(followUp?.Address.ServiceUrl))
        {
            return DeliveryResult.Gone;
        }

        try
        {
            foreach (var activity in activities)
            {
                await connector.SendAsync(activity, cancellationToken);
            }

            return DeliveryResult.Delivered;
        }
        catch (HttpRequestException exception) when (exception.StatusCode is { } status && IsPermanent(status))
        {
            return DeliveryResult.Gone;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Failed;
        }
    }

    private static bool IsPermanent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not HttpStatusCode.RequestTimeout and not HttpStatusCode.TooManyRequests;
}
