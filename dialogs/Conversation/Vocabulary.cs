using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The lexicon of one language, as typed matchers. Built once per language at start-up.</summary>
internal sealed class Vocabulary
{
    public Vocabulary(Lexicon lexicon)
    {
        Kinds = Typed<PaymentKind>(lexicon.Map("kinds"));
        RecipientActions = Typed<RecipientAction>(lexicon.Map("recipientActions"));
        Reasons = Typed<Reason>(lexicon.Map("reasons"));
        StepOutcomes = Typed<StepOutcome>(lexicon.Map("stepOutcomes"));
        Commands = Typed<Command>(lexicon.Map("commands"));
        FraudSignals = new PhraseMatcher(lexicon.List("fraudSignals"));
        SensitiveOffers = new PhraseMatcher(lexicon.List("sensitiveOffers"));
        Affirmative = new PhraseMatcher(lexicon.List("affirmative"));
        Negative = new PhraseMatcher(lexicon.List("negative"));
        HowToFind = new PhraseMatcher(lexicon.List("howToFind"));
        CorrectionCues = new PhraseMatcher(lexicon.List("correctionCues"));
        Negators = new PhraseMatcher(lexicon.List("negators"));
        Unsure = new PhraseMatcher(lexicon.List("unsure"));
    }

    public IReadOnlyList<(PaymentKind Value, PhraseMatcher Matcher)> Kinds { get; }

    public IReadOnlyList<(RecipientAction Value, PhraseMatcher Matcher)> RecipientActions { get; }

    public IReadOnlyList<(Reason Value, PhraseMatcher Matcher)> Reasons { get; }

    public IReadOnlyList<(StepOutcome Value, PhraseMatcher Matcher)> StepOutcomes { get; }

    public IReadOnlyList<(Command Value, PhraseMatcher Matcher)> Commands { get; }

    public PhraseMatcher FraudSignals { get; }

    public PhraseMatcher SensitiveOffers { get; }

    public PhraseMatcher Affirmative { get; }

    public PhraseMatcher Negative { get; }

    public PhraseMatcher HowToFind { get; }

    public PhraseMatcher CorrectionCues { get; }

    /// <summary>"不知道", "跳过", "I don't know", "skip": the user cannot answer the question and wants to go on.</summary>
    public PhraseMatcher Unsure { get; }

    /// <summary>Words that turn "收款" into "没有收款" when they come just before it.</summary>
    public PhraseMatcher Negators { get; }

    /// <summary>
    /// What the recipient did. A negation right before the phrase turns it around: "还没有确认收款" and
    /// "not yet accepted" mean not taken yet; "hasn't returned it" means they still have the money.
    /// </summary>
    public RecipientAction? FindRecipientAction(string normalizedText)
    {
        var action = FindFirst(RecipientActions, normalizedText);
        return action switch
        {
            RecipientAction.Accepted when IsNegated(RecipientAction.Accepted, normalizedText) => RecipientAction.NotAccepted,
            RecipientAction.Returned when IsNegated(RecipientAction.Returned, normalizedText) => RecipientAction.Accepted,
            _ => action,
        };
    }

    private bool IsNegated(RecipientAction action, string normalizedText)
    {
        var hit = RecipientActions.First(g => g.Value == action).Matcher.LongestHit(normalizedText)!;
        var reach = hit.Phrase.Any(char.IsAsciiLetter) ? NegationReachInEnglish : NegationReach;
        var before = normalizedText[Math.Max(0, hit.Index - reach)..hit.Index];
        return Negators.Matches(before);
    }

    /// <summary>
    /// The value whose phrase in the text is longest: the more specific wording wins ("不知道对方收没收"
    /// over "没收", "面对面红包" over "红包"). Equal lengths go to the value listed first in the lexicon.
    /// </summary>
    public static T? FindFirst<T>(IReadOnlyList<(T Value, PhraseMatcher Matcher)> groups, string normalizedText)
        where T : struct, Enum
    {
        T? best = null;
        var bestLength = 0;
        foreach (var (value, matcher) in groups)
        {
            var length = matcher.LongestMatch(normalizedText);
            if (length > bestLength)
            {
                best = value;
                bestLength = length;
            }
        }

        return best;
    }

    /// <summary>
    /// A command only when it is (nearly) the whole message: "帮助" or "I want to start over" are commands,
    /// "help me get back the 500 yuan I sent" is not.
    /// </summary>
    public Command? FindCommand(string normalizedText)
    {
        var text = TextNormalizer.TrimPunctuation(normalizedText);
        foreach (var (value, matcher) in Commands)
        {
            var hit = matcher.FindFirst(text);
            if (hit is not null && text.Length <= hit.Phrase.Length + MaxExtraCharacters(hit.Phrase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Yes or no when the message starts with one ("对，没错", "no, it was a red packet").</summary>
    public bool? FindYesNo(string normalizedText)
    {
        // Negatives first: "不对" contains "对".
        if (Negative.FindAtStart(normalizedText) is not null)
        {
            return false;
        }

        return Affirmative.FindAtStart(normalizedText) is not null ? true : null;
    }

    /// <summary>How close before a phrase a negation must be: "还没有|确认收款", "not yet |accepted", but not "不发货也|不退".</summary>
    private const int NegationReach = 2;

    private const int NegationReachInEnglish = 12;

    private static int MaxExtraCharacters(string phrase) => phrase.Any(char.IsAsciiLetter) ? 12 : 5;

    private static (T, PhraseMatcher)[] Typed<T>(IReadOnlyDictionary<string, IReadOnlyList<string>> map)
        where T : struct, Enum =>
        map.Select(entry => (WireNames.TryParse<T>(entry.Key, out var value) ? value : throw new InvalidOperationException($"lexicon name '{entry.Key}' is not a {typeof(T).Name}"), new PhraseMatcher(entry.Value))).ToArray();
}

/// <summary>Interruptions the user can give at any point.</summary>
internal enum Command
{
    Help,
    Restart,
    Cancel,

    /// <summary>Erase everything stored about this conversation (删除我的数据 / delete my data).</summary>
    DeleteData,
}

/// <summary>What the user says about the step they were asked to do.</summary>
internal enum StepOutcome
{
    Worked,
    Waiting,
    Failed,
}
