using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The words of one language for the interrupts that keep anyone from getting stuck: despair or self-harm
/// (<c>crisis</c>, unless denied: <c>crisisNotMeant</c>), fear or panic (<c>upset</c>), being ready to go on (<c>ready</c>), small talk
/// (<c>smallTalk</c>) and questions on the way (<c>questions</c>). Built once per language.
/// </summary>
internal sealed class InterruptVocabulary
{
    /// <summary>How much else a question on the way may carry: "他不还钱，我想起诉他".</summary>
    private const int QuestionLeftoverChinese = 6;

    private const int QuestionLeftoverEnglish = 24;

    /// <summary>"我准备好了，走吧", "ok I'm ready now".</summary>
    private const int ReadyLeftoverChinese = 2;

    private const int ReadyLeftoverEnglish = 10;

    private readonly PhraseMatcher _crisis;
    private readonly PhraseMatcher _crisisNotMeant;
    private readonly PhraseMatcher _intensifiers;
    private readonly PhraseMatcher _ready;
    private readonly PhraseMatcher _upset;
    private readonly (SmallTalk Value, PhraseMatcher Matcher)[] _smallTalk;
    private readonly PhraseMatcher _allSmallTalk;
    private readonly (SideQuestion Value, PhraseMatcher Matcher)[] _questions;

    public InterruptVocabulary(Lexicon lexicon)
    {
        _crisis = new PhraseMatcher(lexicon.List("crisis"));
        _crisisNotMeant = new PhraseMatcher(lexicon.List("crisisNotMeant"));
        _intensifiers = new PhraseMatcher(lexicon.List("intensifiers"));
        _ready = new PhraseMatcher(lexicon.List("ready"));
        _upset = new PhraseMatcher(lexicon.List("upset"));
        _smallTalk = Typed<SmallTalk>(lexicon.Map("smallTalk"));
        _allSmallTalk = new PhraseMatcher(lexicon.List("smallTalk"));
        _questions = Typed<SideQuestion>(lexicon.Map("questions"));
    }

    /// <summary>
    /// Despair or self-harm anywhere in the message. Denials ("我没有不想活") are taken out first; anything
    /// else that looks like it counts, because a false alarm costs a kind word and a miss may cost a life.
    /// </summary>
    /// <summary>Fear or panic short of despair ("急死了", "I'm panicking"): worth one short word of calm.</summary>
    public bool IsUpset(string normalizedText) => _upset.Matches(normalizedText);

    public bool IsCrisis(string normalizedText)
    {
        // "活着真没意思了", "I really can't go on": a word of degree does not hide despair.
        var text = _crisisNotMeant.RemoveAll(normalizedText);
        return _crisis.Matches(text) || _crisis.Matches(_intensifiers.CloseUp(text));
    }

    /// <summary>"我准备好了" / "I'm ready" (nearly the whole message).</summary>
    public bool IsReady(string normalizedText) =>
        _ready.Matches(normalizedText) && Leftover(_ready, normalizedText) <= (IsLatin(normalizedText) ? ReadyLeftoverEnglish : ReadyLeftoverChinese);

    /// <summary>
    /// Small talk when the message is nothing else: only greetings, thanks and pings ("你好，在吗"), or no
    /// word at all ("?", an emoji). "谢谢，成功了" is an answer, not small talk.
    /// </summary>
    public SmallTalk? FindSmallTalk(string normalizedText)
    {
        if (!normalizedText.Any(char.IsLetterOrDigit))
        {
            return normalizedText.Length > 0 ? SmallTalk.Ping : null;
        }

        if (Leftover(_allSmallTalk, normalizedText) > 0)
        {
            return null;
        }

        return _smallTalk.Where(s => s.Matcher.Matches(normalizedText)).Select(s => (SmallTalk?)s.Value).FirstOrDefault();
    }

    /// <summary>A question on the way, when it is nearly the whole message; the most specific wording wins.</summary>
    public SideQuestion? FindQuestion(string normalizedText)
    {
        var best = _questions
            .Select(q => (q.Value, q.Matcher, Length: q.Matcher.LongestMatch(normalizedText)))
            .Where(q => q.Length > 0)
            .OrderByDescending(q => q.Length)
            .FirstOrDefault();
        if (best.Length == 0)
        {
            return null;
        }

        var limit = IsLatin(normalizedText) ? QuestionLeftoverEnglish : QuestionLeftoverChinese;
        return Leftover(best.Matcher, normalizedText) <= limit ? best.Value : null;
    }

    /// <summary>How many letters and digits are left once the phrases are taken out.</summary>
    private static int Leftover(PhraseMatcher matcher, string normalizedText) =>
        matcher.RemoveAll(normalizedText).Count(char.IsLetterOrDigit);

    private static bool IsLatin(string normalizedText) => normalizedText.Any(char.IsAsciiLetter) && !normalizedText.Any(c => c >= '\u4e00' && c <= '\u9fff');

    private static (T, PhraseMatcher)[] Typed<T>(IReadOnlyDictionary<string, IReadOnlyList<string>> map)
        where T : struct, Enum =>
        [.. map.Select(entry => (Enum.Parse<T>(entry.Key, ignoreCase: true), new PhraseMatcher(entry.Value)))];
}
