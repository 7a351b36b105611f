using System.Text.RegularExpressions;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The conversation's text for the terminal, which shows characters as they are: the one piece of Markdown the
/// knowledge writes, a link "[《民法典》](https://…)", becomes "《民法典》 https://…".
/// </summary>
public static partial class TerminalText
{
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Link().Replace(text, "${name} ${url}");
    }

    [GeneratedRegex(@"\[(?<name>[^\[\]\n]+)\]\((?<url>https?://(?:[^\s()]|\([^\s()]*\))+)\)")]
    private static partial Regex Link();
}
