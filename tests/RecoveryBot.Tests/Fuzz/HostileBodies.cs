using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace RecoveryBot.Tests.Fuzz;

/// <summary>
/// Generators of request bodies a hostile or broken client could send to <c>/api/messages</c>: activities
/// with fields of the wrong type, hostile text (script tags, control characters, lone surrogates, format
/// strings, huge emoji runs), deep nesting, malformed or truncated JSON, invalid UTF-8, JSON that is not an
/// object, and bodies over the size limit.
/// </summary>
internal static class HostileBodies
{
    public const string VictimConversation = "fuzz-victim-7f3a";

    private static readonly string[] HostileStrings =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\u0000\u0001\u0002\u001b[31m\u007f", "\r\n\r\nHTTP/1.1 200 OK",
        "\u202e\u2066\u200b\ufeff", "' OR 1=1; --", "{0}{1}{{}}%s%n%x", "../../../etc/passwd", "%2e%2e%2f", "😀", "👨‍👩‍👧‍👦",
        "我三个小时前转错了500块", "删除我的数据", "delete my data", "1e308", "-0", "NaN", "Infinity", "99999999999999999999999999999元",
        "-500块", "0.0000001元", "２０２６年１３月３２日", "昨天25点", "", " ", "null", "undefined", "emulator", "expectReplies", "invoke",
        "https://attacker.example/", "http://169.254.169.254/latest/meta-data/", "javascript:alert(1)", "a|b:c@d;e/f%7C", "\\", "\"",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "text", "conversation", "from", "recipient", "channelId", "serviceUrl", "locale", "localTimestamp", "timestamp",
        "localTimezone", "value", "channelData", "membersAdded", "membersRemoved", "suggestedActions", "attachments", "entities",
        "deliveryMode", "replyToId", "name", "textFormat", "inputHint", "speak", "action", "code", "relatesTo", "callerId",
    ];

    private static readonly string[] Types = ["message", "conversationUpdate", "typing", "event", "invoke", "endOfConversation", "MESSAGE", "", "trace", "deleteUserData"];

    public static Gen<string> HostileText { get; } = Gen.Frequency(
        (6, Gen.OneOf(HostileStrings)),
        (4, Gen.String[0, 200]),
        (2, Gen.Char['\u0000', '\u001f'].Array[0, 50].Select(chars => new string(chars))),
        (2, Gen.Char['\ud800', '\udfff'].Array[1, 20].Select(chars => new string(chars))),
        (1, Gen.Int[1000, 7000].Select(n => string.Concat(Enumerable.Repeat("😀", n)))),
        (1, Gen.Int[4000, 6000].Select(n => new string('9', n))),
        (1, Gen.Int[100, 3000].Select(n => string.Concat(Enumerable.Repeat("转账500元", n)))));

    private static readonly Gen<JsonNode?> Scalar = Gen.Frequency(
        (1, Gen.Const((JsonNode?)null)),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (2, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Double[-1e300, 1e300].Select(d => (JsonNode?)JsonValue.Create(d))),
        (4, HostileText.Select(s => (JsonNode?)JsonValue.Create(s))));

    private static readonly Gen<JsonNode?> Value = Nested(3);

    // Non-ASCII text goes out as raw UTF-8, as real clients send it, not as \u escapes.
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A valid-looking message that the fuzz then spoils.</summary>
    public static JsonObject BaseActivity(string conversationId) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = "http://localhost:53559",
        ["channelId"] = "emulator",
        ["from"] = new JsonObject { ["id"] = "user-1", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "zh-CN",
        ["localTimestamp"] = "2026-11-22T20:00:00+08:00",
        ["text"] = "我转错了500块",
        ["deliveryMode"] = "expectReplies",
    };

    public static Gen<FuzzCase> Cases => Gen.Frequency(
        (8, Mutated()),
        (4, HostileMessages()),
        (2, Deep()),
        (3, Malformed()),
        (1, NotAnObject()),
        (1, Oversized()));

    private static Gen<JsonNode?> Nested(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (5, Scalar),
            (1, Nested(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]))),
            (1, Gen.Select(Gen.OneOf(Fields).Array[0, 4], Nested(depth - 1).Array[4], (names, values) =>
            {
                var node = new JsonObject();
                for (var i = 0; i < names.Length; i++)
                {
                    node[names[i]] = values[i]?.DeepClone();
                }

                return (JsonNode?)node;
            })));

    private static Gen<string> ConversationIds { get; } = Gen.Frequency(
        (6, Gen.Guid.Select(g => "fuzz-" + g.ToString("N"))),
        (1, HostileText.Where(t => t != VictimConversation)),
        (1, Gen.OneOf("a", "x/conversations/y", "fuzz|livechat", "%2F", "..")));

    private static Gen<FuzzCase> Mutated() =>
        from conversation in ConversationIds
        from type in Gen.OneOf(Types)
        from names in Gen.OneOf(Fields).Array[1, 6]
        from values in Value.Array[6]
        from expectReplies in Gen.Bool
        select Serialize("mutated", Mutate(conversation, type, names, values, expectReplies));

    private static Gen<FuzzCase> HostileMessages() =>
        from conversation in ConversationIds
        from text in HostileText
        from locale in Gen.OneOf("zh-CN", "en-US", "", "xx", "<b>", "zh-Hans-CN-u-ca-chinese")
        from timestamp in Gen.OneOf("2026-11-22T20:00:00+08:00", "", "not a date", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00", "2026-02-30T25:61:61Z")
        from zone in Gen.OneOf("Asia/Shanghai", "", "Mars/Olympus", "../../etc/localtime", "UTC")
        select Serialize("hostile-text", HostileMessage(conversation, text, locale, timestamp, zone));

    private static Gen<FuzzCase> Deep() =>
        from depth in Gen.Int[30, 5000]
        from field in Gen.OneOf("channelData", "value", "entities", "text", "conversation", "body")
        from array in Gen.Bool
        select new FuzzCase("deep", Encoding.UTF8.GetBytes(DeepBody(depth, field, array)), false);

    private static Gen<FuzzCase> Malformed() =>
        from cut in Gen.Double[0, 1]
        from noise in Gen.Byte.Array[1, 40]
        from how in Gen.Int[0, 5]
        select new FuzzCase("malformed", Spoil(Encoding.UTF8.GetBytes(BaseActivity("fuzz-" + Guid.NewGuid().ToString("N")).ToJsonString(Raw)), cut, noise, how), false);

    private static Gen<FuzzCase> NotAnObject() =>
        from body in Gen.OneOf("", " ", "null", "true", "0", "-1e999", "\"message\"", "[]", "[{\"type\":\"message\"}]", "{}", "{\"type\":null}", "{\"type\":{}}", "\ufeff{\"type\":\"message\"}", "{\"type\":\"message\"}{\"type\":\"message\"}", "{'type':'message'}", "{\"type\":\"message\",}", "/* */{\"type\":\"message\"}")
        select new FuzzCase("not-an-object", Encoding.UTF8.GetBytes(body), false);

    private static Gen<FuzzCase> Oversized() =>
        from size in Gen.Int[262_145, 1_100_000]
        from chunked in Gen.Bool
        select new FuzzCase("oversized", Encoding.UTF8.GetBytes(OversizedBody(size)), chunked);

    private static FuzzCase Serialize(string kind, JsonObject activity) => new(kind, Encoding.UTF8.GetBytes(activity.ToJsonString(Raw)), false);

    private static JsonObject Mutate(string conversation, string type, string[] names, JsonNode?[] values, bool expectReplies)
    {
        var activity = BaseActivity(conversation);
        activity["type"] = type;
        if (!expectReplies)
        {
            activity.Remove("deliveryMode");
        }

        for (var i = 0; i < names.Length; i++)
        {
            activity[names[i]] = values[i]?.DeepClone();
        }

        return activity;
    }

    private static JsonObject HostileMessage(string conversation, string text, string locale, string timestamp, string zone)
    {
        var activity = BaseActivity(conversation);
        activity["text"] = text;
        activity["locale"] = locale;
        activity["localTimestamp"] = timestamp;
        activity["localTimezone"] = zone;
        activity["from"] = new JsonObject { ["id"] = text.Length > 100 ? text[..100] : text, ["name"] = "<script>x</script>" };
        return activity;
    }

    private static string DeepBody(int depth, string field, bool array)
    {
        var open = array ? "[" : "{\"a\":";
        var close = array ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        if (field == "body")
        {
            return nested;
        }

        var activity = BaseActivity("fuzz-" + Guid.NewGuid().ToString("N"));
        activity[field] = "__NESTED__";
        return activity.ToJsonString(Raw).Replace("\"__NESTED__\"", nested, StringComparison.Ordinal);
    }

    private static byte[] Spoil(byte[] body, double cut, byte[] noise, int how)
    {
        var at = (int)(cut * body.Length);
        return how switch
        {
            0 => body[..at],
            1 => [.. body[..at], .. noise, .. body[at..]],
            2 => [.. body[..at], 0xC3, 0x28, 0xFF, 0xFE, .. body[at..]],
            3 => [.. body, .. noise],
            4 => [.. noise],
            _ => [0xEF, 0xBB, 0xBF, .. body[..at], 0xED, 0xA0, 0x80, .. body[at..]],
        };
    }

    private static string OversizedBody(int size)
    {
        var activity = BaseActivity("fuzz-" + Guid.NewGuid().ToString("N"));
        activity["text"] = string.Concat(Enumerable.Repeat("😀", (size / 4) + 1));
        return activity.ToJsonString(Raw);
    }
}
