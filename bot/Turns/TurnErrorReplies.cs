using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Bot.Turns;

/// <summary>What the user is told when a turn fails inside the bot. The one place for this wording.</summary>
public static class TurnErrorReplies
{
    public static string Apology(Language language) => language == Language.EnUs
        ? "Sorry, something went wrong on my side. Please send your message again."
        : "抱歉，我这边出了点问题。请再发一次刚才的消息。";
}
