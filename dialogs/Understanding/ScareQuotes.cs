using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// A role the user puts in quotation marks ("网店客服", a 'police officer', my "boss") is one someone played: people
/// quote a title they no longer believe. So is a role someone claimed ("说是我儿子的辅导员"). Such a role tells a scam
/// even when the word never comes up.
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

    /// <summary>"说是我儿子的辅导员", "claiming to be my nephew": a role claimed shortly after the claim.</summary>
    public static bool ClaimAPlayedRole(string text, PhraseMatcher claims, PhraseMatcher roles)
    {
        foreach (var claim in claims.AllHits(text))
        {
            var from = claim.Index + claim.Phrase.Length;
            if (roles.Matches(text[from..Math.Min(text.Length, from + ClaimReach)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after the claim the role may stand: "说是|我儿子的辅导员", "claiming to be |my landlord".</summary>
    private const int ClaimReach = 12;

    /// <summary>
    /// A quoted title is the role and little more ("网店客服", 'police officer'); a longer quotation that holds a role
    /// word is a label or someone's words ('transfer to bank card').
    /// </summary>
    private static int AroundTheRole(string role) => role.Any(char.IsAsciiLetter) ? 10 : 4;

    // Straight quotes only where they are not an apostrophe inside a word ("he's", "don't").
    [GeneratedRegex("“[^”]*”|‘[^’]*’|「[^」]*」|\"[^\"]*\"|(?<![a-z])'[^']*'(?![a-z])")]
    private static partial Regex Quoted();
}
