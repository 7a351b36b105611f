using System.Text;
using System.Text.RegularExpressions;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// Writes the conversation's plain text as Markdown that keeps its shape in every renderer (Web Chat and the
/// Emulator, Teams and the Agents Playground), since Markdown runs single line breaks together: each line
/// becomes its own paragraph, and runs of "1. …", "· …", "☐ …" lines become lists. Characters that Markdown
/// would read as markup ("(**龙)", "[amount]", "&lt;") are escaped; web addresses and the links the knowledge
/// writes ("[《民法典》](https://…)") are left as they are.
/// </summary>
public static partial class MarkdownText
{
    public static string From(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var blocks = new List<string>();
        var list = new StringBuilder();
        foreach (var raw in plain.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (ListItem(line) is { } item)
            {
                list.Append(list.Length > 0 ? "\n" : string.Empty).Append(item);
                continue;
            }

            Flush(blocks, list);
            if (line.Length > 0)
            {
                blocks.Add(Escape(line));
            }
        }

        Flush(blocks, list);
        return string.Join("\n\n", blocks);
    }

    private static void Flush(List<string> blocks, StringBuilder list)
    {
        if (list.Length > 0)
        {
            blocks.Add(list.ToString());
            list.Clear();
        }
    }

    /// <summary>"1. x" stays numbered; "· x", "• x", "☐ x", "☑ x" become "- x" (the box is kept).</summary>
    private static string? ListItem(string line)
    {
        var numbered = NumberedItem().Match(line);
        if (numbered.Success)
        {
            return numbered.Groups["number"].Value + ". " + Escape(numbered.Groups["text"].Value);
        }

        if (line.Length > 1 && line[0] is '·' or '•' && char.IsWhiteSpace(line[1]))
        {
            return "- " + Escape(line[2..].TrimStart());
        }

        return line.Length > 1 && line[0] is '☐' or '☑' ? "- " + Escape(line) : null;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var at = 0;
        foreach (Match url in WebAddress().Matches(text))
        {
            EscapeInto(escaped, text.AsSpan(at, url.Index - at), lineStart: at == 0);
            escaped.Append(url.Value);
            at = url.Index + url.Length;
        }

        EscapeInto(escaped, text.AsSpan(at), lineStart: at == 0);
        return escaped.ToString();
    }

    private static void EscapeInto(StringBuilder escaped, ReadOnlySpan<char> text, bool lineStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var markup = c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~' or '|'
                || (lineStart && i == 0 && c is '#' or '-' or '+' or '=');
            if (markup)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }
    }

    [GeneratedRegex(@"^(?<number>\d{1,2})[.．]\s+(?<text>.+)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"\[[^\[\]\n]+\]\(https?://(?:[^\s()]|\([^\s()]*\))+\)|https?://\S+")]
    private static partial Regex WebAddress();
}
