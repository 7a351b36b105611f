using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;

// The benchmarking CLI of CONTRACT.md: case lines in on stdin, exactly one result line out per input line.
// Every input is recognized untimed first (warm-up) and then timed, so elapsedUs excludes JIT and start-up. The warm-up
// repeats the whole file for a few passes (at least 3 and 300 ms, at most 20 passes) because tiered compilation only
// swaps in optimized code after a method has run ~30 times and a short delay; one pass would time unoptimized code.
// Rarely used methods may still run unoptimized in the timed pass, so elapsedUs is a conservative figure (the project
// turns off profile-guided tiering, which would add an instrumented stage before the optimized code).
var inputs = new List<string>();
using (var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)))
{
    while (await stdin.ReadLineAsync() is { } line)
    {
        inputs.Add(line);
    }
}

var jsonOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
var cases = inputs.Select(CaseLine.Parse).ToList();
var warmUp = Stopwatch.StartNew();
for (var pass = 0; pass < 20 && (pass < 3 || warmUp.ElapsedMilliseconds < 300); pass++)
{
    foreach (var c in cases)
    {
        c.WarmUp();
    }
}

foreach (var c in cases)
{
    var output = new JsonObject { ["id"] = c.Id };
    try
    {
        var watch = Stopwatch.StartNew();
        var results = c.Run();
        var elapsedUs = watch.Elapsed.TotalMicroseconds;
        output["results"] = ResultJson.ToJson(results);
        output["elapsedUs"] = Math.Round(elapsedUs, 1);
    }
    catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or JsonException or OverflowException)
    {
        output["results"] = new JsonArray();
        output["error"] = ex.Message;
    }

    stdout.WriteLine(output.ToJsonString(jsonOptions));
}

await stdout.FlushAsync();
return 0;

/// <summary>One case line, stripped to what recognition needs.</summary>
internal sealed record CaseLine(string Id, string Culture, string Model, string Input, DateTime Reference, string? ParseError)
{
    /// <summary>Cases without a reference time do not depend on it; any fixed time will do.</summary>
    private static readonly DateTime DefaultReference = new(2024, 11, 20, 12, 0, 0, DateTimeKind.Unspecified);

    public static CaseLine Parse(string line)
    {
        try
        {
            var node = JsonNode.Parse(line)!.AsObject();
            var reference = node["referenceDateTime"]?.GetValue<string>() is { } r
                ? DateTime.SpecifyKind(DateTime.Parse(r, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Unspecified)
                : DefaultReference;
            var culture = node["culture"]?.GetValue<string>()
                ?? (node["lang"]?.GetValue<string>() == "en" ? RecognizerCulture.English : RecognizerCulture.Chinese);
            return new CaseLine(
                node["id"]?.GetValue<string>() ?? string.Empty,
                culture,
                node["model"]?.GetValue<string>() ?? "domain",
                node["input"]?.GetValue<string>() ?? string.Empty,
                reference,
                null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return new CaseLine(string.Empty, RecognizerCulture.Chinese, "domain", string.Empty, DefaultReference, ex.Message);
        }
    }

    /// <summary>Runs once untimed so that timing excludes JIT; failures are reported by the timed run.</summary>
    public void WarmUp()
    {
        try
        {
            _ = Run();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            // reported when timed
        }
    }

    public IReadOnlyList<ModelResult> Run()
    {
        if (ParseError is not null)
        {
            throw new FormatException(ParseError);
        }

        return Model switch
        {
            "number" => Recognizer.RecognizeNumber(Input, Culture),
            "currency" => Recognizer.RecognizeCurrency(Input, Culture),
            "datetime" => Recognizer.RecognizeDateTime(Input, Culture, Reference),
            // The bot's reading: bare numbers in money context count as yuan, bare numbers are not years.
            _ => SituationExtractor.Entities(Input, Culture, Reference),
        };
    }
}

/// <summary>Writes model results in the wire shape of CONTRACT §2.</summary>
internal static class ResultJson
{
    public static JsonArray ToJson(IReadOnlyList<ModelResult> results)
    {
        var array = new JsonArray();
        foreach (var r in results)
        {
            array.Add(new JsonObject
            {
                ["text"] = r.Text,
                ["start"] = r.Start,
                ["end"] = r.End,
                ["typeName"] = r.TypeName,
                ["resolution"] = ToNode(r.Resolution),
            });
        }

        return array;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, ToNode(kv.Value)))),
        IReadOnlyDictionary<string, string> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
