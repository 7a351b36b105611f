namespace RecoveryBot.Bot.Protocol;

/// <summary>Card action type names used by the bot.</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
}
