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
            if (roles.AllHits(quoted.Value).Any(role => quoted.Length - role.Phrase.Length <= AroundTheRole(role.Phrase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A quoted title is the role and little more ("网店客服", 'police officer'); a longer quotation that holds a role
    /// word is a label or someone's words ('transfer to bank card').
    /// </summary>
    private static int AroundTheRole(string role) => role.Any(char.IsAsciiLetter) ? 10 : 4;

    // Straight quotes only where they are not an apostrophe inside a word ("he's", "don't").
    [GeneratedRegex("“[^”]*”|‘[^’]*’|「[^」]*」|\"[^\"]*\"|(?<![a-z])'[^']*'(?![a-z])")]
    private static partial Regex Quoted();
}
