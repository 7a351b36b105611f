namespace RecoveryBot.Bot.Operations;

/// <summary>Values of the <c>reason</c> tag of <c>recoverybot.requests.rejected</c>.</summary>
public static class RejectionReasons
{
    public const string BadRequest = "bad_request";
    public const string TooLarge = "too_large";
    public const string Unauthorized = "unauthorized";
    public const string RateLimited = "rate_limited";
}
