using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>
/// A claim the seed audit of wechat-facts.md found wrong or invented, with the patterns that detect it.
/// Patterns are matched against one sentence at a time (see <see cref="Sentences"/>), so they can look
/// at the whole sentence without reaching into the next one.
/// </summary>
public sealed record WrongClaim(string Id, string Seed, string Why, IReadOnlyList<ClaimPattern> Patterns)
{
    /// <summary>The sentences of <paramref name="text"/> that repeat this claim.</summary>
    public IReadOnlyList<WrongClaimMatch> FindIn(string text) =>
        [.. Sentences.Split(text)
            .Select(sentence => (sentence, pattern: Patterns.FirstOrDefault(p => p.Regex.IsMatch(sentence))))
            .Where(hit => hit.pattern is not null)
            .Select(hit => new WrongClaimMatch(this, hit.sentence, hit.pattern!.Regex.Match(hit.sentence).Value))];

    /// <summary>Every claim in <paramref name="claims"/> that <paramref name="text"/> repeats.</summary>
    public static IReadOnlyList<WrongClaimMatch> Scan(IEnumerable<WrongClaim> claims, string text) =>
        [.. claims.SelectMany(claim => claim.FindIn(text))];
}

/// <summary>One detection pattern, written for the language of the claim it is listed under.</summary>
public sealed record ClaimPattern(Language Language, Regex Regex);

/// <summary>A sentence that repeats a wrong claim, and the part of it the pattern matched.</summary>
public sealed record WrongClaimMatch(WrongClaim Claim, string Sentence, string Matched);
