using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Bot.Conversation;

/// <summary>
/// TEMPORARY stand-in that lets the host run before the recovery dialogs exist: greets, then echoes.
/// Delete it when <see cref="ConversationServiceCollectionExtensions.AddRecoveryConversation"/> registers the real conversation.
/// </summary>
public sealed class EchoConversation : IRecoveryConversation
{
    public TurnOutcome RunTurn(ConversationState state, TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        var language = state.Language ?? LanguageGuess.Of(input.Text, input.LocaleHint);
        var text = (input.Kind, language) switch
        {
            (InputKind.UserJoined, Language.EnUs) => "RecoveryBot (placeholder): the recovery conversation is not plugged in yet.",
            (InputKind.UserJoined, _) => "RecoveryBot（占位）：追回对话尚未接入。",
            _ => $"echo {state.TurnCount + 1}: {input.Text}",
        };
        var next = state with { Language = language, TurnCount = state.TurnCount + 1 };
        return new TurnOutcome([new BotReply(text, language, [])], next);
    }
}
