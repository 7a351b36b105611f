using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// Decides what governs a phrase inside its clause. A negation counts only when it stands shortly before the
/// phrase in the same clause ("他还没有|收款", "she hasnt |taken it", but not "不发货，后来|收了"); words that contain a
/// negation without negating ("不小心", "no idea") are masked first, and a negation before the next step of the
/// story ("没说什么就|收了") does not reach past it. Someone else's words ("他说没收到", "she says")
/// mark what follows in the clause as reported.
/// </summary>
internal sealed class ClauseScope(PhraseMatcher negators, PhraseMatcher notNegations, PhraseMatcher barriers, PhraseMatcher trailingNegators, PhraseMatcher reportedSpeech)
{
    /// <summary>How far before a Chinese verb phrase a negation may stand: "还没有人|领", "一个都没|抢".</summary>
    private const int ChineseReach = 5;

    /// <summary>How many words before an English verb phrase a negation may stand: "has not yet been |accepted".</summary>
    private const int EnglishWordReach = 4;

    /// <summary>A noun is negated only right before it ("不是|红包", "not a |scam"), not by the verb of its clause ("hasn't accepted the |transfer").</summary>
    private const int NounReach = 2;

    /// <summary>How far after a phrase a trailing negation may end its clause: "抢的人|都没有".</summary>
    private const int TrailingReach = 6;

    public bool IsNegated(string text, int start, int end, bool english, bool noun) =>
        IsNegatedBefore(text, start, english, noun) || (!noun && IsNegatedAfter(text, end, english));

    private bool IsNegatedAfter(string text, int end, bool english)
    {
        var to = end;
        while (to < text.Length && to - end < TrailingReach + 4 && !IsClauseBoundary(text[to]) && (english || text[to] != ' '))
        {
            to++;
        }

        var hits = trailingNegators.AllHits(text[end..to]);
        return hits.Count > 0 && hits[0].Index <= TrailingReach;
    }

    private bool IsNegatedBefore(string text, int start, bool english, bool noun)
    {
        var clause = ClauseBefore(text, start, english);
        var reach = noun ? NounReach : english ? EnglishWordReach : ChineseReach;
        var window = AfterLastBarrier(english ? LastWords(clause, reach) : clause[Math.Max(0, clause.Length - reach)..]);
        return negators.Matches(notNegations.Mask(window));
    }

    /// <summary>True when the phrase itself holds a negation ("还没退款", "not returned").</summary>
    public bool HoldsNegation(string phrase) => negators.Matches(notNegations.Mask(phrase));

    public bool IsReported(string text, int start, bool english) => reportedSpeech.Matches(ClauseBefore(text, start, english));

    /// <summary>"没说什么就|": the negation before "就" belongs to an earlier step of the story.</summary>
    private string AfterLastBarrier(string window)
    {
        var hits = barriers.AllHits(window);
        return hits.Count == 0 ? window : window[(hits[^1].Index + hits[^1].Phrase.Length)..];
    }

    /// <summary>The text from the start of the phrase's clause up to the phrase.</summary>
    private static string ClauseBefore(string text, int start, bool english)
    {
        var from = start;
        while (from > 0 && !IsClauseBoundary(text[from - 1]) && (english || text[from - 1] != ' '))
        {
            from--;
        }

        return text[from..start];
    }

    private static string LastWords(string clause, int count)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    /// <summary>Punctuation ends a clause; in Chinese so does a space, which people type for a comma.</summary>
    private static bool IsClauseBoundary(char c) => c is ',' or '.' or ';' or '!' or '?' or ':' or '，' or '。' or '；' or '！' or '？' or '、' or '~' or '…' or '\n';
}
