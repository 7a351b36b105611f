using RecoveryBot.Recognizers.Oracle;

namespace RecoveryBot.Bench;

/// <summary>
/// <c>oracle</c>: generates messages, compares ours with the reference library and prints every difference, marked
/// with its documented reason when it has one. The test suite runs the same comparison with a fixed seed.
/// </summary>
internal static class OracleReport
{
    public static int Run(int seed, int perCulture)
    {
        var sentences = OracleSentenceGenerator.Generate(seed, perCulture);
        var differences = OracleComparison.Compare(sentences);
        var undocumented = 0;
        foreach (var difference in differences)
        {
            var documented = DocumentedDifferences.Find(difference);
            undocumented += documented is null ? 1 : 0;
            Console.WriteLine($"{(documented is null ? "UNDOCUMENTED" : documented.Kind.ToString()),-16} {difference}");
        }

        Console.WriteLine($"seed {seed}: {sentences.Count} messages, {differences.Count} differences, {undocumented} undocumented");
        return undocumented == 0 ? 0 : 1;
    }
}
