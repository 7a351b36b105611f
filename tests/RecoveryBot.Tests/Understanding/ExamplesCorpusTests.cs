using System.Globalization;
using System.Text.Json.Nodes;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Tests.Understanding;

/// <summary>
/// The project's own labelled messages (tools/understanding/examples*.jsonl, CONTRACT §1 of ../shared/understanding),
/// read as a turn reads them and scored as the contract's scorer does: every labelled slot read with its value and
/// nothing read where there is no label. A floor, so that a change that loses whole families of wording fails.
/// </summary>
public class ExamplesCorpusTests
{
    private const double ExactFloor = 0.75;

    private const double RecipientActionPrecisionFloor = 0.95;

    private static readonly string[] Scored = ["kind", "recipientAction", "reason", "amount", "confirm"];

    /// <summary>Short answers and openings of every kind, and long, messy opening stories.</summary>
    private static readonly string[] ExampleFiles = ["examples.jsonl", "examples-openings.jsonl"];

    [Fact]
    public void OwnExamples_AreReadExactlyAboveTheFloor_AndTheRecipientIsRarelyMisread()
    {
        var lines = ExampleFiles
            .SelectMany(file => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tools", "understanding", file)))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .ToList();
        var failures = new List<string>();
        int actionRight = 0, actionWrong = 0;

        foreach (var line in lines)
        {
            var expecting = line["expecting"]?.GetValue<string>() is { } name ? Enum.Parse<Slot>(name, ignoreCase: true) : (Slot?)null;
            var reading = MessageReader.Read(line["text"]!.GetValue<string>(), expecting);
            var got = Slots(reading);
            var want = line["slots"]!.AsObject();
            var exact = true;
            foreach (var slot in Scored)
            {
                var verdict = Judge(want[slot], got.GetValueOrDefault(slot));
                exact &= verdict != Verdict.Wrong;
                if (slot == "recipientAction" && got.ContainsKey(slot))
                {
                    _ = verdict == Verdict.Wrong ? actionWrong++ : actionRight++;
                }
            }

            if (!exact)
            {
                failures.Add($"{line["id"]}: {line["text"]} → {string.Join(", ", got.Select(p => $"{p.Key}={p.Value}"))}");
            }
        }

        var exactShare = 1.0 - ((double)failures.Count / lines.Count);
        var precision = actionRight + actionWrong == 0 ? 1.0 : (double)actionRight / (actionRight + actionWrong);
        Assert.True(exactShare >= ExactFloor, $"{exactShare:P1} read exactly; misread:\n{string.Join('\n', failures)}");
        Assert.True(precision >= RecipientActionPrecisionFloor, $"recipientAction precision {precision:P1}");
    }

    private enum Verdict
    {
        Right,
        Wrong,
    }

    /// <summary>A label's value (or list of acceptable values, null among them meaning "may be left unread") against a reading.</summary>
    private static Verdict Judge(JsonNode? want, string? got)
    {
        if (want is null)
        {
            return got is null ? Verdict.Right : Verdict.Wrong;
        }

        var acceptable = want is JsonArray list ? list.Select(Text).ToList() : [Text(want)];
        return acceptable.Contains(got) ? Verdict.Right : Verdict.Wrong;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonObject money => $"{Number(money["value"]!)} {money["currency"]?.GetValue<string>() ?? "CNY"}",
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => $"{Number(node)} CNY",
    };

    private static string Number(JsonNode node) => node.GetValue<decimal>().ToString("0.##", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Slots(MessageReading reading)
    {
        var slots = new Dictionary<string, string>();
        if (reading.Kind is { } kind)
        {
            slots["kind"] = Camel(kind.ToString());
        }

        if (reading.RecipientAction is { } action)
        {
            slots["recipientAction"] = Camel(action.ToString());
        }

        if (reading.Reason is { } reason)
        {
            slots["reason"] = Camel(reason.ToString());
        }

        if (reading.Amount is { } amount)
        {
            slots["amount"] = $"{amount.Value.ToString("0.##", CultureInfo.InvariantCulture)} {amount.Currency}";
        }

        if (reading.Confirm is { } confirm)
        {
            slots["confirm"] = confirm ? "true" : "false";
        }

        return slots;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
