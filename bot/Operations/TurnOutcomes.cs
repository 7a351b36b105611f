namespace RecoveryBot.Bot.Operations;

/// <summary>Values of the <c>outcome</c> tag of <c>recoverybot.turns</c>.</summary>
public static class TurnOutcomes
{
    public const string Completed = "completed";
    public const string Replayed = "replayed";
    public const string Deleted = "deleted";
    public const string Failed = "failed";
}
