using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>Collects every problem found while loading, so one run reports them all.</summary>
internal sealed class KnowledgeErrors
{
    private readonly List<KnowledgeError> errors = [];

    public IReadOnlyList<KnowledgeError> All => errors;

    public bool Any => errors.Count > 0;

    public void Add(string file, int line, string message) => errors.Add(new KnowledgeError(file, line, message));

    public void Add(string file, YamlNode node, string message) => Add(file, LineOf(node), message);

    public static int LineOf(YamlNode node) => checked((int)node.Start.Line);
}
