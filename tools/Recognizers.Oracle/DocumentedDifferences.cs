using System.Reflection;
using System.Text.RegularExpressions;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>
/// The table of intended differences, <c>oracle-differences.tsv</c> (embedded): one per line, tab-separated
/// <c>field, family pattern, message pattern, kind, reason</c>; <c>#</c> starts a comment line. Patterns are regular
/// expressions; the family pattern must match the whole family name, the message pattern anywhere (case ignored).
/// </summary>
public static class DocumentedDifferences
{
    private const string ResourceName = "RecoveryBot.Recognizers.Oracle.oracle-differences.tsv";
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly Lazy<IReadOnlyList<DocumentedDifference>> Table = new(Load);

    public static IReadOnlyList<DocumentedDifference> All => Table.Value;

    public static DocumentedDifference? Find(OracleDifference difference) => All.FirstOrDefault(d => d.Covers(difference));

    private static List<DocumentedDifference> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded");
        using var reader = new StreamReader(stream);
        var table = new List<DocumentedDifference>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 5 || !Enum.TryParse<OracleField>(cells[0], ignoreCase: true, out var field)
                || !Enum.TryParse<DifferenceKind>(cells[3].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind))
            {
                throw new FormatException($"oracle-differences.tsv: expected 'field<TAB>family<TAB>message<TAB>kind<TAB>reason', got '{line}'");
            }

            table.Add(new DocumentedDifference(
                field,
                new Regex($"^(?:{cells[1]})$", RegexOptions.CultureInvariant, MatchTimeout),
                new Regex(cells[2], RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout),
                kind,
                cells[4]));
        }

        return table;
    }
}
