using System.Globalization;
using System.Text;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Puts user text into one comparable form: NFKC (full-width digits and letters become half-width),
/// lower case, control characters dropped, runs of white space collapsed.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Phones type curly apostrophes ("haven’t"); the lexicon is written with straight ones.
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');
        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(ch);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The text without surrounding punctuation, for "is the whole message this phrase?" checks.</summary>
    public static string TrimPunctuation(string normalized) =>
        normalized.Trim().Trim(' ', '.', ',', '!', '?', '。', '，', '！', '？', '~', '、', '…', ':', ';', '"', '\'');
}
