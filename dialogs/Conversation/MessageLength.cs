using System.Globalization;
using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// How long a bot message may be: one phone screen, at most <see cref="ChineseLimit"/> characters in Chinese
/// or <see cref="EnglishLimit"/> in English; a document the user asked for (a reply with files) is exempt.
/// The one place that says how characters are counted: text elements (what a reader sees as one character —
/// a Han character, a letter, an emoji with its modifiers), not counting line breaks. The text counted is the
/// plain text the conversation writes, before any channel adds Markdown markup.
/// </summary>
public static partial class MessageLength
{
    public const int ChineseLimit = 350;

    public const int EnglishLimit = 600;

    public static int Limit(Language language) => language == Language.EnUs ? EnglishLimit : ChineseLimit;

    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            if (elements.GetTextElement() is not ("\n" or "\r\n" or "\r"))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The same count for a message a channel received as Markdown: the escapes ("\*") and list markers ("- ")
    /// the bot adds are markup, not characters the reader sees.
    /// </summary>
    public static int CountMarkdown(string? markdown) =>
        Count(markdown is null ? null : MarkdownMarkup().Replace(markdown, string.Empty));

    /// <summary>A document the user asked for may be longer; every other message must fit the limit of its language.</summary>
    public static bool IsExempt(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Attachments.Count > 0;
    }

    public static bool Fits(BotReply reply) => IsExempt(reply) || Count(reply.Text) <= Limit(reply.Language);

    [GeneratedRegex(@"(?m)^- |\\(?=\p{P}|\p{S})")]
    private static partial Regex MarkdownMarkup();
}
