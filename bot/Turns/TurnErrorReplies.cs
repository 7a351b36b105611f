using RecoveryBot.Bot.Protocol;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Bot.Turns;

/// <summary>What the user is told when a turn fails inside the bot. The one place for this wording.</summary>
public static class TurnErrorReplies
{
    public static string Apology(Language language) => language == Language.EnUs
        ? "Sorry, something went wrong on my side. Please send your message again."
        : "抱歉，我这边出了点问题。请再发一次刚才的消息。";

    /// <summary>The apology in the language the failed activity was written in (guessed from its text, then its locale).</summary>
    public static BotReply ApologyFor(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var language = LanguageGuess.Of(TurnInputMapper.MessageText(inbound), inbound.Locale);
        return new BotReply(Apology(language), language, []);
    }
}
