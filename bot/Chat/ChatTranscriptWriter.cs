using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Chat;

/// <summary>Prints bot messages for a terminal: the text, then suggested actions as <c>[a | b | c]</c>.</summary>
public static class ChatTranscriptWriter
{
    public static async Task WriteAsync(TextWriter output, IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync(activity.Text ?? "");
            if (activity.SuggestedActions is { Actions.Count: > 0 } suggested)
            {
                await output.WriteLineAsync("[" + string.Join(" | ", suggested.Actions.Select(a => a.Title)) + "]");
            }

            await output.WriteLineAsync();
        }

        await output.FlushAsync();
    }
}
