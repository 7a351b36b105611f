using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// A claim the seed audit of wechat-facts.md found wrong or invented, with the patterns that detect it.
/// Patterns are matched against one sentence at a time (see <see cref="Sentences"/>), so they can look
/// at the whole sentence without reaching into the next one. Chinese patterns are tried on sentences
/// that contain Chinese characters, English patterns on sentences that contain Latin letters; a mixed
/// sentence ("tap 立即退还") gets both.
/// </summary>
public sealed record WrongClaim(string Id, string Seed, string Why, IReadOnlyList<ClaimPattern> Patterns)
{
    /// <summary>The sentences of <paramref name="text"/> that repeat this claim.</summary>
    public IReadOnlyList<WrongClaimMatch> FindIn(string text) =>
        [.. Sentences.Split(text).Select(sentence => MatchSentence(sentence, Sentences.ScriptsOf(sentence))).OfType<WrongClaimMatch>()];

    /// <summary>Every claim in <paramref name="claims"/> that <paramref name="text"/> repeats.</summary>
    public static IReadOnlyList<WrongClaimMatch> Scan(IEnumerable<WrongClaim> claims, string text)
    {
        var sentences = Sentences.Split(text).Select(s => (Sentence: s, Scripts: Sentences.ScriptsOf(s))).ToList();
        return [.. claims.SelectMany(claim => sentences.Select(s => claim.MatchSentence(s.Sentence, s.Scripts)).OfType<WrongClaimMatch>())];
    }

    private WrongClaimMatch? MatchSentence(string sentence, IReadOnlySet<Language> scripts)
    {
        foreach (var pattern in Patterns)
        {
            if (scripts.Contains(pattern.Language) && pattern.Regex.Match(sentence) is { Success: true } match)
            {
                return new WrongClaimMatch(this, sentence, match.Value);
            }
        }

        return null;
    }
}

/// <summary>One detection pattern, written for the language of the claim it is listed under.</summary>
public sealed record ClaimPattern(Language Language, Regex Regex);

/// <summary>A sentence that repeats a wrong claim, and the part of it the pattern matched.</summary>
public sealed record WrongClaimMatch(WrongClaim Claim, string Sentence, string Matched);
