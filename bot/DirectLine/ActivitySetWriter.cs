using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Writes an ActivitySet (<c>{"activities":[…],"watermark":"7"}</c>) from stored activity JSON without parsing it
/// again. The watermark is a string: directlinejs keeps it only when truthy, and a numeric 0 is not.
/// </summary>
public static class ActivitySetWriter
{
    public static byte[] Write(ActivityPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var buffer = new ArrayBufferWriter<byte>(256 + page.Activities.Sum(activity => activity.Length));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in page.Activities)
            {
                writer.WriteRawValue(activity.Span, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", page.Watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
