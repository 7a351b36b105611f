using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Tests.Knowledge;

/// <summary>The repository's knowledge folder, loaded once for all tests that read it.</summary>
internal static class RealKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeBase.Load(RepositoryPaths.Knowledge));

    public static KnowledgeBase Base => Loaded.Value;
}
