using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The single place where the conversation is chosen, shared by the HTTP bot and the terminal chat.
    /// Registers <see cref="IRecoveryConversation"/> as a singleton (it must be safe to call concurrently:
    /// turns of different conversations run in parallel).
    /// </summary>
    public static IServiceCollection AddRecoveryConversation(this IServiceCollection services)
    {
        services.AddSingleton<IRecoveryConversation, EchoConversation>();
        return services;
    }
}
