namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Reads a <c>facts: [ids]</c> field and checks every id against facts.yaml. When facts.yaml could not
/// be read (null), ids are not checked: its own error says what is wrong, and a line for every
/// reference would bury it.
/// </summary>
internal static class FactReferences
{
    public static IReadOnlyList<string> Read(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts, bool required = true)
    {
        var ids = new List<string>();
        foreach (var (id, node) in reader.TextList("facts", required))
        {
            if (facts is not null && !facts.ContainsKey(id))
            {
                reader.Error(node, $"unknown fact '{id}' (not in {FactsLoader.FileName})");
            }
            else if (ids.Contains(id))
            {
                reader.Error(node, $"fact '{id}' is listed twice");
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
