using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// A role the user puts in quotation marks ("网店客服", a 'police officer', my "boss") is one someone played: people
/// quote a title they no longer believe. Such a role tells a scam even when the word never comes up.
/// </summary>
internal static partial class ScareQuotes
{
    public static bool QuoteAPlayedRole(string text, PhraseMatcher roles)
    {
        foreach (Match quoted in Quoted().Matches(text))
        {
            if (quoted.Length <= MaxQuotedLength && roles.Matches(quoted.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title in quotes is short; a longer quotation is someone's words.</summary>
    private const int MaxQuotedLength = 30;

    // Straight quotes only where they are not an apostrophe inside a word ("he's", "don't").
    [GeneratedRegex("“[^”]*”|‘[^’]*’|「[^」]*」|\"[^\"]*\"|(?<![a-z])'[^']*'(?![a-z])")]
    private static partial Regex Quoted();
}
