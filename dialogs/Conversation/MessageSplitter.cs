namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Cuts a long answer (sources, a checklist, costs) into messages that each fit one phone screen: whole
/// paragraphs (separated by a blank line) while they fit, else whole lines. A single line longer than the
/// limit stays whole: the message-length test reports it, and its wording is what must change.
/// </summary>
public static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var current = string.Empty;
        foreach (var (piece, separator) in Pieces(text, limit))
        {
            var joined = current.Length == 0 ? piece : current + separator + piece;
            if (current.Length > 0 && MessageLength.Count(joined) > limit)
            {
                parts.Add(current);
                current = piece;
            }
            else
            {
                current = joined;
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current);
        }

        return parts;
    }

    /// <summary>The paragraphs, and the lines of a paragraph too long to keep whole, each with what joins it to the one before.</summary>
    private static IEnumerable<(string Piece, string Separator)> Pieces(string text, int limit)
    {
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (MessageLength.Count(paragraph) <= limit)
            {
                yield return (paragraph, "\n\n");
                continue;
            }

            var first = true;
            foreach (var line in paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (line, first ? "\n\n" : "\n");
                first = false;
            }
        }
    }
}
