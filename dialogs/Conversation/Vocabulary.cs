using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The lexicon of one language, as typed matchers. Built once per language at start-up.</summary>
internal sealed class Vocabulary
{
    public Vocabulary(Lexicon lexicon)
    {
        Language = lexicon.Language;
        Kinds = Typed<PaymentKind>(lexicon.Map("kinds"));
        KindHints = Typed<PaymentKind>(lexicon.Map("kindHints"));
        RecipientActions = Typed<RecipientAction>(lexicon.Map("recipientActions"));
        RecipientActionHints = Typed<RecipientAction>(lexicon.Map("recipientActionHints"));
        Reasons = Typed<Reason>(lexicon.Map("reasons"));
        StepOutcomes = Typed<StepOutcome>(lexicon.Map("stepOutcomes"));
        Commands = Typed<Command>(lexicon.Map("commands"));
        FraudSignals = new PhraseMatcher(lexicon.List("fraudSignals"));
        SensitiveOffers = new PhraseMatcher(lexicon.List("sensitiveOffers"));
        Affirmative = new PhraseMatcher(lexicon.List("affirmative"));
        Negative = new PhraseMatcher(lexicon.List("negative"));
        HowToFind = new PhraseMatcher(lexicon.List("howToFind"));
        CorrectionCues = new PhraseMatcher(lexicon.List("correctionCues"));
        GroupContext = new PhraseMatcher(lexicon.List("groupContext"));
        ExclusiveMarkers = new PhraseMatcher(lexicon.List("exclusiveMarkers"));
        PersonalMarkers = new PhraseMatcher(lexicon.List("personalMarkers"));
        ContrastMarkers = new PhraseMatcher(lexicon.List("contrastMarkers"));
        IntentMarkers = new PhraseMatcher(lexicon.List("intentMarkers"));
        NotNumbers = new PhraseMatcher(lexicon.List("notNumbers"));
        NotAnswering = new PhraseMatcher(lexicon.List("notAnswering"));
        VagueInside = new PhraseMatcher(lexicon.List("vagueInside"));
        VagueBefore = new PhraseMatcher(lexicon.List("vagueBefore"));
        VagueAfter = new PhraseMatcher(lexicon.List("vagueAfter"));
        ImpersonatedRoles = new PhraseMatcher(lexicon.List("impersonatedRoles"));
        IdentityClaims = new PhraseMatcher(lexicon.List("identityClaims"));
        OutcomeMarkers = new PhraseMatcher(lexicon.List("outcomeMarkers"));
        Scope = new ClauseScope(
            new PhraseMatcher(lexicon.List("negators")),
            new PhraseMatcher(lexicon.List("notNegations")),
            new PhraseMatcher(lexicon.List("negationBarriers")),
            new PhraseMatcher(lexicon.List("trailingNegators")),
            new PhraseMatcher(lexicon.List("reportedSpeech")));
        Unsure = new PhraseMatcher(lexicon.List("unsure"));
        Mistakes = Typed<MistakeDetail>(lexicon.Map("mistakes"));
        Purposes = Typed<PaymentPurpose>(lexicon.Map("purposes"));
    }

    public Language Language { get; }

    public IReadOnlyList<(PaymentKind Value, PhraseMatcher Matcher)> Kinds { get; }

    /// <summary>Phrases that only hint at a kind ("转了", "scanned"): taken in the opening or when the kind is asked.</summary>
    public IReadOnlyList<(PaymentKind Value, PhraseMatcher Matcher)> KindHints { get; }

    public IReadOnlyList<(RecipientAction Value, PhraseMatcher Matcher)> RecipientActions { get; }

    /// <summary>Phrases that answer the recipient question only when it was asked ("不清楚", "not sure").</summary>
    public IReadOnlyList<(RecipientAction Value, PhraseMatcher Matcher)> RecipientActionHints { get; }

    public IReadOnlyList<(Reason Value, PhraseMatcher Matcher)> Reasons { get; }

    /// <summary>Phrases that say what kind of mistake it was ("转错人", "多打了一个零").</summary>
    public IReadOnlyList<(MistakeDetail Value, PhraseMatcher Matcher)> Mistakes { get; }

    /// <summary>Phrases that say what a payment was for: a present or something owed.</summary>
    public IReadOnlyList<(PaymentPurpose Value, PhraseMatcher Matcher)> Purposes { get; }

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

    /// <summary>Words that place a red packet in a group ("发到家族群", "in the office group").</summary>
    public PhraseMatcher GroupContext { get; }

    /// <summary>Words that make a red packet in a group one member's own ("专属", "exclusive").</summary>
    public PhraseMatcher ExclusiveMarkers { get; }

    /// <summary>Words that make a code a person's own rather than a shop's ("个人码", "personal").</summary>
    public PhraseMatcher PersonalMarkers { get; }

    /// <summary>Roles a scammer plays; in quotation marks they are a sign of fraud ("网店客服", 'boss').</summary>
    public PhraseMatcher ImpersonatedRoles { get; }

    /// <summary>Not answering ("不回消息", "ignoring me"): blocked, but below a plain "not taken yet".</summary>
    public PhraseMatcher NotAnswering { get; }

    /// <summary>Words that hold a numeral without counting money ("二维码", "the one in chat").</summary>
    public PhraseMatcher NotNumbers { get; }

    /// <summary>What makes a figure vague: inside it ("几百"), before it ("over 300"), after it ("三万多").</summary>
    public PhraseMatcher VagueInside { get; }

    public PhraseMatcher VagueBefore { get; }

    public PhraseMatcher VagueAfter { get; }

    /// <summary>Words that claim an identity ("说是", "claiming to be"); followed by a role, a sign of fraud.</summary>
    public PhraseMatcher IdentityClaims { get; }

    /// <summary>Words that open what the user meant to do ("本来", "meant to").</summary>
    public PhraseMatcher IntentMarkers { get; }

    /// <summary>Words that open what happened instead ("结果", "instead").</summary>
    public PhraseMatcher OutcomeMarkers { get; }

    /// <summary>Words that turn a reply round ("对，但…", "correct except…").</summary>
    public PhraseMatcher ContrastMarkers { get; }

    /// <summary>
    /// The other language's vocabulary, for words of that language inside a message ("在一个online shop付了款",
    /// "I sent him a 红包").
    /// </summary>
    public Vocabulary? OtherLanguage { get; private set; }

    /// <summary>Lets each of two languages read the other's words in mixed messages.</summary>
    public static void Pair(Vocabulary first, Vocabulary second)
    {
        first.OtherLanguage = second;
        second.OtherLanguage = first;
    }

    /// <summary>Negation and reported speech in a phrase's clause (lexicon groups negators, notNegations, reportedSpeech).</summary>
    public ClauseScope Scope { get; }

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

    /// <summary>
    /// Yes or no when the message starts with one ("对，没错", "no, it was a red packet"). The longer phrase wins, so
    /// "不对" is a no and "没错", "没问题" are yes although they hold a negation.
    /// </summary>
    public bool? FindYesNo(string normalizedText)
    {
        var no = Negative.FindAtStart(normalizedText)?.Phrase.Length ?? 0;
        var yes = Affirmative.FindAtStart(normalizedText)?.Phrase.Length ?? 0;
        if (no == 0 && yes == 0)
        {
            return null;
        }

        return yes > no;
    }

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
