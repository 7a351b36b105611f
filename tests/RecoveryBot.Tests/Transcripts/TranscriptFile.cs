using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RecoveryBot.Tests.Transcripts;

/// <summary>
/// A <c>.transcript</c> file in the Emulator's format: a JSON array of activities (or an object whose
/// <c>transcript</c> member holds it). Activities whose <c>from.role</c> is <c>bot</c> are expectations;
/// the others are sent to the bot.
/// </summary>
internal static class TranscriptFile
{
    public static string SourceFolder => Path.Combine(RepositoryPaths.Root, "tests", "RecoveryBot.Tests", "Transcripts");

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(SourceFolder, "*.transcript").Order(StringComparer.Ordinal).Select(path => new object[] { Path.GetFileName(path) });

    public static IReadOnlyList<JsonObject> Read(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(SourceFolder, name)))!;
        var activities = root is JsonObject wrapper ? wrapper["transcript"]!.AsArray() : root.AsArray();
        return [.. activities.OfType<JsonObject>().Where(a => a["type"] is not null)];
    }

    public static void Write(string name, IEnumerable<JsonObject> activities)
    {
        var array = new JsonArray([.. activities.Select(a => (JsonNode)a.DeepClone())]);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(Path.Combine(SourceFolder, name), array.ToJsonString(options) + "\n");
    }

    public static bool IsFromBot(JsonObject activity) => activity["from"]?["role"]?.GetValue<string>() == "bot";
}
