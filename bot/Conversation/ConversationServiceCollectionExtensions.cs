using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Bot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The single place where the conversation is chosen, shared by the HTTP bot and the terminal chat.
    /// The knowledge folder (setting <c>Knowledge:Path</c>, default <c>knowledge/</c> beside the binary) is
    /// loaded and validated once, when the conversation is first resolved; a broken folder stops the bot
    /// with every error listed by file and line.
    /// </summary>
    /// <param name="backgroundAudit">
    /// Run the slowest check, the audit for known wrong claims, in the background so a server answers
    /// sooner after a cold start; <see cref="KnowledgeAuditWatcher"/> stops the server if it fails.
    /// </param>
    public static IServiceCollection AddRecoveryConversation(this IServiceCollection services, bool backgroundAudit = false)
    {
        if (backgroundAudit)
        {
            services.AddSingleton(provider => LoadWithBackgroundAudit(KnowledgePath(provider.GetRequiredService<IConfiguration>())));
            services.AddSingleton(provider => provider.GetRequiredService<LoadedKnowledge>().Knowledge);
            services.AddHostedService<KnowledgeAuditWatcher>();
        }
        else
        {
            services.AddSingleton(provider => KnowledgeBase.Load(KnowledgePath(provider.GetRequiredService<IConfiguration>())));
        }

        services.AddSingleton<IRecoveryConversation>(provider =>
        {
            var warmUp = Task.Run(RecoveryConversation.WarmUpRecognizers);
            var knowledge = provider.GetRequiredService<KnowledgeBase>();
            warmUp.GetAwaiter().GetResult();
            var conversation = new RecoveryConversation(knowledge, provider.GetRequiredService<TimeProvider>());

            // The reading of a message (cues, negation, amounts) is compiled while the host starts, not in the first turn.
            _ = Task.Run(conversation.WarmUpReading);
            return conversation;
        });
        return services;
    }

    private static LoadedKnowledge LoadWithBackgroundAudit(string path)
    {
        var knowledge = KnowledgeBase.LoadWithBackgroundAudit(path, out var audit);
        return new LoadedKnowledge(knowledge, audit);
    }

    private static string KnowledgePath(IConfiguration configuration)
    {
        var configured = configuration["Knowledge:Path"];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "knowledge")
            : Path.GetFullPath(configured);
    }
}

/// <summary>The knowledge as loaded at start-up, with the wrong-claim audit still running.</summary>
public sealed record LoadedKnowledge(KnowledgeBase Knowledge, Task<IReadOnlyList<KnowledgeError>> WrongClaimAudit);
