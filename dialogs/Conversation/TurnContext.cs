using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The working set of one turn: the state as it evolves, the user's language and clock, and the replies so far.</summary>
internal sealed class TurnContext(ConversationState state, string text, Language language, LanguageResources resources, UserClock clock)
{
    private readonly List<BotReply> _replies = [];

    public ConversationState State { get; set; } = state;

    /// <summary>The user's message, normalized (<see cref="TextNormalizer"/>).</summary>
    public string Text { get; } = text;

    public Language Language { get; } = language;

    public TextCatalog Texts => resources.Texts;

    public Vocabulary Vocabulary => resources.Vocabulary;

    public AdviceVocabulary AdviceWords => resources.Advice;

    /// <summary>Words for the interrupts of the turn: crisis, readiness, small talk, questions on the way.</summary>
    public InterruptVocabulary InterruptWords => resources.Interrupts;

    /// <summary>The host cut the message to its length limit.</summary>
    public bool TextWasCut { get; init; }

    /// <summary>The risky statements in the message (knowledge/risks.yaml), found once by the risk warning.</summary>
    public IReadOnlyList<Risk> Risks { get; set; } = [];

    /// <summary>What the message says about the situation, once read (<see cref="FindingsReader"/>).</summary>
    public SlotFindings? Findings { get; set; }

    public UserClock Clock { get; } = clock;

    public DisplayFormatter Display { get; } = new(resources.Texts, language, clock);

    public IReadOnlyList<BotReply> Replies => _replies;

    /// <summary>The user asked for their data to be erased: the host deletes the state instead of saving it.</summary>
    public bool EraseState { get; set; }

    public string T(string key, params (string Name, string Value)[] args) => Display.Format(key, args);

    public IReadOnlyList<string> Actions(string key) => Texts.GetList(key);

    public void Say(string text, IReadOnlyList<string>? actions = null, Slot? expecting = null, RecoveryPlanContract? plan = null) =>
        _replies.Add(new BotReply(text, Language, actions ?? [], expecting, plan));

    /// <summary>A long answer as several messages, each within one phone screen; the buttons and the question go with the last.</summary>
    public void SayInParts(string text, IReadOnlyList<string>? actions = null, Slot? expecting = null)
    {
        var parts = MessageSplitter.Split(text, MessageLength.Limit(Language));
        for (var i = 0; i < parts.Count - 1; i++)
        {
            Say(parts[i]);
        }

        Say(parts.Count > 0 ? parts[^1] : text, actions, expecting);
    }

    /// <summary>One short sentence before the turn's first message (in it when it still fits one screen).</summary>
    public void Acknowledge(string sentence)
    {
        if (_replies.Count > 0 && MessageLength.Count(sentence + "\n" + _replies[0].Text) <= MessageLength.Limit(Language))
        {
            _replies[0] = _replies[0] with { Text = sentence + "\n" + _replies[0].Text };
            return;
        }

        _replies.Insert(0, new BotReply(sentence, Language, []));
    }

    /// <summary>A message built whole (the plan with its overview).</summary>
    public void Say(BotReply reply) => _replies.Add(reply);

    /// <summary>A message that carries files to download (documents).</summary>
    public void Say(string text, IReadOnlyList<ReplyAttachment> attachments) =>
        _replies.Add(new BotReply(text, Language, []) { Attachments = attachments });
}

/// <summary>The strings and vocabulary of one language, prepared once.</summary>
internal sealed record LanguageResources(TextCatalog Texts, Vocabulary Vocabulary, AdviceVocabulary Advice, InterruptVocabulary Interrupts);
