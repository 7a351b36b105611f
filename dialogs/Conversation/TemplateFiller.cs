using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Fills {name} placeholders of step texts from the situation.</summary>
internal static partial class TemplateFiller
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
