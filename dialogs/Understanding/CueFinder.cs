using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>Finds the phrases of one slot's groups in a message, each read in its clause.</summary>
internal static class CueFinder
{
    /// <summary>
    /// Every phrase of the groups found in the text; where phrases of different values overlap, the longer one is
    /// the reading ("还没收款" is not also "收款").
    /// </summary>
    /// <param name="nouns">The phrases name things (a kind, a reason), so only a negation right before them counts.</param>
    public static List<Cue<T>> Find<T>(string text, ClauseScope scope, IEnumerable<(T Value, PhraseMatcher Matcher, bool Weak)> groups, bool nouns)
        where T : struct, Enum
    {
        var all = new List<Cue<T>>();
        foreach (var (value, matcher, weak) in groups)
        {
            foreach (var hit in matcher.AllHits(text))
            {
                var english = hit.Phrase.Any(char.IsAsciiLetter);
                // "不发货也|不退": a phrase that holds its own negation is turned round only right before it ("不是|没收").
                var negated = scope.IsNegated(text, hit.Index, hit.Index + hit.Phrase.Length, english, nouns || scope.HoldsNegation(hit.Phrase));
                all.Add(new Cue<T>(value, hit.Index, hit.Phrase.Length, negated, scope.IsReported(text, hit.Index, english), weak));
            }
        }

        var kept = new List<Cue<T>>();
        foreach (var cue in all.OrderByDescending(c => c.Length).ThenBy(c => c.Weak))
        {
            if (!kept.Exists(k => cue.Start < k.End && k.Start < cue.End))
            {
                kept.Add(cue);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
