using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Reads model results the way upstream's resolution shapes them.</summary>
internal static class RecognizerAssert
{
    /// <summary>Wednesday 20 November 2024, 15:30 local time.</summary>
    public static readonly DateTime Reference = new(2024, 11, 20, 15, 30, 0, DateTimeKind.Unspecified);

    public static ModelResult Single(IReadOnlyList<ModelResult> results)
    {
        Assert.True(results.Count == 1, $"expected one result, got {results.Count}: {string.Join(" | ", results.Select(r => r.Text))}");
        return results[0];
    }

    public static decimal Value(ModelResult result) =>
        decimal.Parse((string)result.Resolution["value"]!, System.Globalization.CultureInfo.InvariantCulture);

    public static string Unit(ModelResult result) => (string)result.Resolution["unit"]!;

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Values(ModelResult result) =>
        (IReadOnlyList<IReadOnlyDictionary<string, string>>)result.Resolution["values"]!;

    public static IReadOnlyDictionary<string, string> OnlyValue(ModelResult result)
    {
        var values = Values(result);
        Assert.Single(values);
        return values[0];
    }
}
