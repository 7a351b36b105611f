namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Reads the provenance every number and piece of advice must carry: <c>facts</c> (at least one, each in
/// facts.yaml), <c>confidence</c>, and an optional <c>article</c> naming the provision quoted.
/// </summary>
internal static class ProvenanceReader
{
    public static Provenance? Read(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts)
    {
        var factIds = FactReferences.Read(reader, facts);
        var confidence = reader.Confidence();
        FactReferences.CheckConfidence(reader, confidence, factIds, facts);
        var article = reader.Text("article", required: false);
        return confidence is null || factIds.Count == 0 ? null : new Provenance(factIds, confidence.Value, article);
    }
}
