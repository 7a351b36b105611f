using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Recognizers.Oracle;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>
/// Ours against Microsoft Recognizers-Text 1.8.13 on generated bot-like messages (fixed seed): every difference in the
/// amount or the time read is either listed in <c>tools/Recognizers.Oracle/oracle-differences.tsv</c> with its reason, or
/// a bug. <c>dotnet RecoveryBot.Bench.dll oracle --seed N --count N</c> runs other seeds and prints the differences.
/// </summary>
public sealed class ReferenceOracleTests
{
    private const int Seed = 6;
    private const int MessagesPerCulture = 250;

    private static readonly Lazy<IReadOnlyList<OracleSentence>> Messages = new(() => OracleSentenceGenerator.Generate(Seed, MessagesPerCulture));

    private static readonly Lazy<IReadOnlyList<OracleDifference>> Differences = new(() => OracleComparison.Compare(Messages.Value));

    [Fact]
    public void EveryDifferenceFromTheReference_IsDocumented()
    {
        var differences = Differences.Value;

        var undocumented = differences.Where(d => DocumentedDifferences.Find(d) is null).Select(d => d.ToString()).ToList();

        Assert.True(undocumented.Count == 0, $"{undocumented.Count} undocumented differences:\n{string.Join('\n', undocumented)}");
    }

    [Fact]
    public void EveryDocumentedDifference_StillOccurs()
    {
        var differences = Differences.Value;

        var stale = DocumentedDifferences.All.Where(entry => !differences.Any(entry.Covers)).Select(entry => entry.Reason).ToList();

        Assert.True(stale.Count == 0, $"documented differences the oracle no longer finds:\n{string.Join('\n', stale)}");
    }

    [Fact]
    public void MostMessages_ReadTheSameAsTheReference()
    {
        var messages = Messages.Value;

        var differing = Differences.Value.Select(d => d.Sentence).Distinct().Count();

        // The documented differences are a minority of families; a broken reference or reader would differ everywhere.
        Assert.InRange(differing, 1, messages.Count / 2);
    }

    [Theory]
    [InlineData(RecognizerCulture.Chinese, "昨天晚上8点给他转了500元", "500 CNY", "2024-11-19 20:00")]
    [InlineData(RecognizerCulture.English, "I sent 50 yuan to a stranger yesterday at 8pm", "50 CNY", "2024-11-19 20:00")]
    public void ReferenceLibrary_ReadsAPlainMessage(string culture, string text, string amount, string time)
    {
        var reference = RecognizerAssert.Reference;

        var reading = ContractReader.Read(
            ReferenceRecognizers.RecognizeCurrency(text, culture),
            ReferenceRecognizers.RecognizeDateTime(text, culture, reference),
            reference);

        Assert.Equal(amount, reading.Amount?.ToString());
        Assert.Equal(time, reading.Time?.ToString());
    }

    [Fact]
    public void BotAndDialogs_DoNotReferenceTheReferenceLibrary()
    {
        var assemblies = new[] { typeof(Recognizer).Assembly, typeof(global::Program).Assembly };

        var references = assemblies.SelectMany(a => a.GetReferencedAssemblies()).Select(r => r.Name ?? string.Empty).ToList();

        Assert.Contains(references, name => name.StartsWith("System", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Recognizers", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name == typeof(ReferenceRecognizers).Assembly.GetName().Name);
    }

    [Fact]
    public void Generator_GivesTheSameMessagesForTheSameSeed()
    {
        var first = OracleSentenceGenerator.Generate(7, 20);

        var second = OracleSentenceGenerator.Generate(7, 20);

        Assert.Equal(first, second);
        Assert.NotEqual(first, OracleSentenceGenerator.Generate(8, 20));
    }
}
