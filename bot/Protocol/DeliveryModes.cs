namespace RecoveryBot.Bot.Protocol;

/// <summary>Delivery modes the host distinguishes; anything else is delivered normally.</summary>
public static class DeliveryModes
{
    /// <summary>Replies go back in the HTTP response body instead of to the Connector.</summary>
    public const string ExpectReplies = "expectReplies";
}
