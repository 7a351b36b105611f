using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Bot.Tools;

/// <summary>
/// <c>understand [--path DIR]</c> (../shared/understanding/CONTRACT.md §2): reads one JSON line per message on stdin
/// (id, lang, context, expecting, text, optional referenceDateTime as local wall-clock time in China) and writes one
/// line per input with the slots the conversation would take from that message, read by the conversation's own code.
/// </summary>
public static class UnderstandCommand
{
    public const string Command = "understand";

    public const string Usage = "usage: RecoveryBot.Bot understand [--path knowledge] < utterances.jsonl";

    /// <summary>The contract's reference times are wall-clock times in China.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static bool IsUnderstand(string[] args) => args is [Command, ..];

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);
        if (KnowledgePathArgument.Parse(args, Command) is not { } path)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var conversation = new RecoveryConversation(KnowledgeBase.Load(path), time);
        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            await output.WriteLineAsync(Answer(conversation, line, time).ToJsonString());
        }

        return 0;
    }

    private static JsonObject Answer(RecoveryConversation conversation, string line, TimeProvider time)
    {
        JsonObject request;
        try
        {
            request = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("not a JSON object");
        }
        catch (JsonException e)
        {
            return new JsonObject { ["id"] = null, ["error"] = $"malformed line: {e.Message}" };
        }

        var id = request["id"]?.DeepClone();
        if (!TryExpecting(request["expecting"], out var expecting) || !TryReference(request["referenceDateTime"], time, out var localNow))
        {
            return new JsonObject { ["id"] = id, ["error"] = "unknown 'expecting' or malformed 'referenceDateTime'" };
        }

        if (!TryText(request["text"], out var text) || !TryText(request["lang"], out var localeHint))
        {
            return new JsonObject { ["id"] = id, ["error"] = "'text' and 'lang' must be strings" };
        }

        try
        {
            var reading = conversation.Understand(text, expecting, localNow, localeHint);
            return new JsonObject { ["id"] = id, ["slots"] = Slots(reading) };
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // A reading bug on one line must not cost the evaluator every line after it; the text itself is not echoed.
            return new JsonObject { ["id"] = id, ["error"] = $"could not read this message ({e.GetType().Name})" };
        }
    }

    private static JsonObject Slots(MessageReading reading)
    {
        var slots = new JsonObject();
        if (reading.Kind is { } kind)
        {
            slots["kind"] = Wire(kind);
        }

        if (reading.RecipientAction is { } action)
        {
            slots["recipientAction"] = Wire(action);
        }

        if (reading.Reason is { } reason)
        {
            slots["reason"] = Wire(reason);
        }

        if (reading.Amount is { } amount)
        {
            slots["amount"] = amount.Currency == "CNY"
                ? JsonValue.Create(amount.Value)
                : new JsonObject { ["value"] = amount.Value, ["currency"] = amount.Currency };
        }

        if (reading.SentAt is { } sentAt)
        {
            slots["sentAt"] = sentAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        if (reading.Confirm is { } confirm)
        {
            slots["confirm"] = confirm;
        }

        if (reading.OffersSecret)
        {
            slots["offersSecret"] = true;
        }

        return slots;
    }

    /// <summary>The plan contract's camelCase name of an enum value.</summary>
    private static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static bool TryText(JsonNode? node, out string? text)
    {
        text = node is not null && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
        return node is null || text is not null;
    }

    private static bool TryExpecting(JsonNode? node, out Slot? expecting)
    {
        expecting = null;
        if (node is null)
        {
            return true;
        }

        if (node.GetValueKind() == JsonValueKind.String && Enum.TryParse<Slot>(node.GetValue<string>(), ignoreCase: true, out var slot) && !int.TryParse(node.GetValue<string>(), out _))
        {
            expecting = slot;
            return true;
        }

        return false;
    }

    private static bool TryReference(JsonNode? node, TimeProvider time, out DateTimeOffset localNow)
    {
        localNow = time.GetUtcNow().ToOffset(ChinaOffset);
        if (node is null)
        {
            return true;
        }

        if (node.GetValueKind() == JsonValueKind.String
            && DateTime.TryParseExact(node.GetValue<string>(), "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            localNow = new DateTimeOffset(wallClock, ChinaOffset);
            return true;
        }

        return false;
    }
}
