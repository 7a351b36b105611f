using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// The words of one language for the advice: the requests (lexicon group <c>advice</c>), how users say
/// they have kept a piece of evidence (<c>evidenceDone</c>, unless <c>evidenceNotYet</c>), that a task is
/// done (<c>taskDone</c>) or that the money is back (<c>moneyBack</c>), and the phrases of the risks,
/// evidence items and documents of the knowledge. Built once per language.
/// </summary>
internal sealed class AdviceVocabulary
{
    public AdviceVocabulary(KnowledgeBase knowledge, Language language)
    {
        var lexicon = knowledge.Lexicon(language);
        Requests = [.. lexicon.Map("advice").Select(e => (Enum.Parse<AdviceRequest>(e.Key, ignoreCase: true), new PhraseMatcher(e.Value)))];
        EvidenceDone = new PhraseMatcher(lexicon.List("evidenceDone"));
        EvidenceNotYet = new PhraseMatcher(lexicon.List("evidenceNotYet"));
        TaskDone = new PhraseMatcher(lexicon.List("taskDone"));
        MoneyBack = new PhraseMatcher(lexicon.List("moneyBack"));
        Risks = [.. knowledge.Risks.Select(r => (r, new PhraseMatcher(r.Phrases[language])))];
        RiskFamilies = [.. knowledge.Risks.SelectMany(r => r.PhraseFamilies.GetValueOrDefault(language, []).Select(f => (r, (IReadOnlyList<PhraseMatcher>)[.. f.Select(words => new PhraseMatcher(words))])))];
        Evidence = [.. knowledge.Evidence.Select(i => (i, new PhraseMatcher(i.Phrases[language])))];
        Documents = [.. knowledge.Documents.Values.Select(d => (d, new PhraseMatcher([.. d.Phrases[language], d.Texts[language].Title])))];
    }

    public IReadOnlyList<(AdviceRequest Request, PhraseMatcher Matcher)> Requests { get; }

    public PhraseMatcher EvidenceDone { get; }

    public PhraseMatcher EvidenceNotYet { get; }

    public PhraseMatcher TaskDone { get; }

    public PhraseMatcher MoneyBack { get; }

    public IReadOnlyList<(Risk Risk, PhraseMatcher Matcher)> Risks { get; }

    /// <summary>Each risk's word-list families: a message matches one when every list has a phrase in it.</summary>
    public IReadOnlyList<(Risk Risk, IReadOnlyList<PhraseMatcher> Parts)> RiskFamilies { get; }

    public IReadOnlyList<(EvidenceItem Item, PhraseMatcher Matcher)> Evidence { get; }

    public IReadOnlyList<(DocumentTemplate Document, PhraseMatcher Matcher)> Documents { get; }

    /// <summary>The risks the text mentions, by a phrase or by a whole family of words, in knowledge order.</summary>
    public IReadOnlyList<Risk> FindRisks(string normalizedText) =>
        [.. Risks.Where(r => r.Matcher.Matches(normalizedText) || RiskFamilies.Any(f => f.Risk == r.Risk && f.Parts.All(p => p.Matches(normalizedText)))).Select(r => r.Risk)];

    /// <summary>A request when it is (nearly) the whole message, like a command: "为什么？", "sources please".</summary>
    public AdviceRequest? FindRequest(string normalizedText)
    {
        var text = TextNormalizer.TrimPunctuation(normalizedText);
        foreach (var (request, matcher) in Requests)
        {
            if (IsNearlyWhole(text, matcher))
            {
                return request;
            }
        }

        return null;
    }

    /// <summary>
    /// A document asked for by name ("起诉状", or the tapped title). Variants of one document share their names (the
    /// complaint for a bank card and for WeChat), so the one that fits the situation wins.
    /// </summary>
    public DocumentTemplate? FindDocument(string normalizedText, RecoveryCase known)
    {
        var text = TextNormalizer.TrimPunctuation(normalizedText);
        var named = Documents.Where(d => IsNearlyWhole(text, d.Matcher)).Select(d => d.Document).ToList();
        return named.FirstOrDefault(d => d.When.Matches(known)) ?? named.FirstOrDefault();
    }

    private static bool IsNearlyWhole(string text, PhraseMatcher matcher)
    {
        var hit = matcher.FindFirst(text);
        return hit is not null && text.Length <= hit.Phrase.Length + (hit.Phrase.Any(char.IsAsciiLetter) ? 14 : 6);
    }
}
