using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>Runs ours and the reference on the same messages and reads both the same way (<see cref="ContractReader"/>).</summary>
public static class OracleComparison
{
    public static IReadOnlyList<OracleDifference> Compare(IEnumerable<OracleSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var differences = new List<OracleDifference>();
        foreach (var sentence in sentences)
        {
            var ours = ContractReader.Read(
                Recognizer.RecognizeCurrency(sentence.Text, sentence.Culture),
                Recognizer.RecognizeDateTime(sentence.Text, sentence.Culture, sentence.Reference),
                sentence.Reference);
            var reference = ContractReader.Read(
                ReferenceRecognizers.RecognizeCurrency(sentence.Text, sentence.Culture),
                ReferenceRecognizers.RecognizeDateTime(sentence.Text, sentence.Culture, sentence.Reference),
                sentence.Reference);
            if (!SameAmount(ours.Amount, reference.Amount))
            {
                differences.Add(new OracleDifference(sentence, OracleField.Amount, Show(ours.Amount), Show(reference.Amount)));
            }

            if (ours.Time != reference.Time)
            {
                differences.Add(new OracleDifference(sentence, OracleField.Time, Show(ours.Time), Show(reference.Time)));
            }
        }

        return differences;
    }

    /// <summary>Equal to the fen: the reference adds yuan and jiao in floating point (1块七毛 = 1.7000000000000002).</summary>
    private static bool SameAmount(ReadAmount? ours, ReadAmount? reference) =>
        ours is null || reference is null
            ? ours == reference
            : ours.Currency == reference.Currency && Math.Abs(ours.Value - reference.Value) < 0.005m;

    private static string Show(object? reading) => reading?.ToString() ?? "nothing";
}
