using System.Reflection;
using System.Text.RegularExpressions;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>
/// The table of intended differences, <c>oracle-differences.tsv</c> (embedded): one per line, tab-separated
/// <c>field, family, phrase pattern, kind, reason</c>; <c>#</c> starts a comment line.
/// </summary>
public static class DocumentedDifferences
{
    private static readonly Lazy<IReadOnlyList<DocumentedDifference>> Table = new(Load);

    public static IReadOnlyList<DocumentedDifference> All => Table.Value;

    public static DocumentedDifference? Find(OracleDifference difference) => All.FirstOrDefault(d => d.Covers(difference));

    private static List<DocumentedDifference> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RecoveryBot.Recognizers.Oracle.oracle-differences.tsv")
            ?? throw new InvalidOperationException("oracle-differences.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var table = new List<DocumentedDifference>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 5 || !Enum.TryParse<OracleField>(cells[0], ignoreCase: true, out var field))
            {
                throw new FormatException($"oracle-differences.tsv: expected 'field<TAB>family<TAB>pattern<TAB>kind<TAB>reason', got '{line}'");
            }

            table.Add(new DocumentedDifference(field, cells[1], new Regex(cells[2], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), cells[3], cells[4]));
        }

        return table;
    }
}
