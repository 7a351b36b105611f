using System.Collections.Concurrent;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.NumberWithUnit;
using RecoveryBot.Dialogs.Recognizers;
using ReferenceModelResult = Microsoft.Recognizers.Text.ModelResult;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>
/// Microsoft Recognizers-Text 1.8.13 behind the same calls and result shape as ours (<see cref="Recognizer"/>), so the
/// oracle and the benchmark treat both alike. Models are built once per culture (building one costs tens of ms).
/// </summary>
public static class ReferenceRecognizers
{
    private static readonly ConcurrentDictionary<string, Microsoft.Recognizers.Text.IModel> CurrencyModels = new();
    private static readonly ConcurrentDictionary<string, DateTimeModel> DateTimeModels = new();

    public static IReadOnlyList<ModelResult> RecognizeCurrency(string text, string culture) =>
        Convert(CurrencyModels.GetOrAdd(ReferenceCulture(culture), c => new NumberWithUnitRecognizer(c).GetCurrencyModel()).Parse(text));

    /// <param name="reference">"Now" as the user's local wall-clock time, as for ours.</param>
    public static IReadOnlyList<ModelResult> RecognizeDateTime(string text, string culture, DateTime reference) =>
        Convert(DateTimeModels.GetOrAdd(ReferenceCulture(culture), c => new DateTimeRecognizer(c).GetDateTimeModel()).Parse(text, reference));

    private static string ReferenceCulture(string culture) =>
        culture == RecognizerCulture.Chinese ? Microsoft.Recognizers.Text.Culture.Chinese : Microsoft.Recognizers.Text.Culture.English;

    private static List<ModelResult> Convert(IEnumerable<ReferenceModelResult> results) =>
        [.. results.Select(r => new ModelResult(r.Text, r.Start, r.End, r.TypeName, ConvertResolution(r.Resolution)))];

    private static Dictionary<string, object?> ConvertResolution(IDictionary<string, object>? resolution) =>
        resolution?.ToDictionary(kv => kv.Key, kv => kv.Value switch
        {
            IEnumerable<IDictionary<string, string>> values => (object?)values.Select(v => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(v)).ToList(),
            var other => other,
        }) ?? [];
}
