namespace RecoveryBot.Bot.Protocol;

/// <summary>Activity type names the host treats specially; any other type is acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Invoke = "invoke";
    public const string Trace = "trace";
}
