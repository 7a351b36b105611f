namespace RecoveryBot.Bot.Tools;

/// <summary>The knowledge folder of a tool command: <c>COMMAND</c> alone (the one beside the binary) or <c>COMMAND --path DIR</c>.</summary>
internal static class KnowledgePathArgument
{
    /// <summary>The folder, or null when the arguments are not of that form.</summary>
    public static string? Parse(string[] args, string command) => args switch
    {
        [var name] when name == command => Path.Combine(AppContext.BaseDirectory, "knowledge"),
        [var name, "--path", var given] when name == command => Path.GetFullPath(given),
        _ => null,
    };
}
