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

    /// <summary>
    /// Advice is never surer than what it rests on: a claimed confidence above the weakest cited fact's is an
    /// error (facts section L of wechat-facts.md; the scale is Confidence's).
    /// </summary>
    public static void CheckConfidence(MappingReader reader, Confidence? claimed, IReadOnlyList<string> ids, IReadOnlyDictionary<string, Fact>? facts)
    {
        if (claimed is not { } confidence || facts is null)
        {
            return;
        }

        var weakest = ids.Where(facts.ContainsKey).Select(id => facts[id]).MinBy(fact => fact.Confidence);
        if (weakest is not null && confidence > weakest.Confidence)
        {
            reader.Error(
                reader.Field("confidence", false)!,
                $"confidence {WireNames.Of(confidence)} is higher than that of fact {weakest.Id} ({WireNames.Of(weakest.Confidence)}); lower it, or cite only the facts the advice rests on");
        }
    }
}
