using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Bot.Tools;

/// <summary>
/// <c>knowledge-check [--path DIR]</c>: loads the knowledge folder (default: the one beside the binary),
/// prints every error with its file and line and exits 1, or prints the coverage report and exits 0.
/// </summary>
public static class KnowledgeCheckCommand
{
    public const string Command = "knowledge-check";

    public const string Usage = "usage: RecoveryBot.Bot knowledge-check [--path knowledge]";

    public static bool IsKnowledgeCheck(string[] args) => args is [Command, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (KnowledgePathArgument.Parse(args, Command) is not { } path)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeBase.Load(path);
        }
        catch (KnowledgeValidationException e)
        {
            await error.WriteLineAsync($"Knowledge check: {path}: {e.Errors.Count} error(s)");
            foreach (var problem in e.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            return 1;
        }

        await output.WriteLineAsync($"Knowledge check: {path}: loaded and validated without errors.");
        await output.WriteLineAsync();
        foreach (var line in KnowledgeReport.Lines(knowledge))
        {
            await output.WriteLineAsync(line);
        }

        return 0;
    }
}
