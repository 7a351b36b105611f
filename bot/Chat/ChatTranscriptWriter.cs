using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Chat;

/// <summary>
/// Prints bot messages for a terminal: the text, the names of attached files as <c>(file: name)</c>, then
/// suggested actions as <c>[a | b | c]</c>.
/// </summary>
public static class ChatTranscriptWriter
{
    public static async Task WriteAsync(TextWriter output, IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync(activity.Text ?? "");
            foreach (var name in AttachmentNames(activity))
            {
                await output.WriteLineAsync($"(file: {name})");
            }

            if (activity.SuggestedActions is { Actions.Count: > 0 } suggested)
            {
                await output.WriteLineAsync("[" + string.Join(" | ", suggested.Actions.Select(a => a.Title)) + "]");
            }

            await output.WriteLineAsync();
        }

        await output.FlushAsync();
    }

    private static IEnumerable<string> AttachmentNames(Activity activity) =>
        activity.Attachments is { ValueKind: System.Text.Json.JsonValueKind.Array } attachments
            ? attachments.EnumerateArray()
                .Select(a => a.TryGetProperty("name", out var name) ? name.GetString() : null)
                .OfType<string>()
            : [];
}
