using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Dialogs.Conversation.Interrupts;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The recovery conversation. Each turn: pick the language, then run the interrupts in order — an empty
/// message, despair or self-harm (care first, every time), coming back when ready, a cut message, risky
/// statements, offered secrets, commands, a risk past the opening story, questions about the advice,
/// evidence kept, small talk, questions on the way, where to look — and when none ends the turn, read the
/// message for the situation and let the stage of the phase (collecting, confirming, walking the plan) answer.
/// A frightened message gets one short sentence of calm before the answer.
/// </summary>
public sealed class RecoveryConversation : IRecoveryConversation
{
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<ITurnInterrupt> _interrupts;
    private readonly PhaseStage _stage;
    private readonly FindingsReader _findings;
    private readonly PlanPresenter _planPresenter;
    private readonly FollowUpTurn _followUpTurn;
    private readonly Dictionary<Language, LanguageResources> _resources;

    public RecoveryConversation(KnowledgeBase knowledge, TimeProvider time)
        : this(knowledge, time, new RecognizerAmountAndTimeReader())
    {
    }

    internal RecoveryConversation(KnowledgeBase knowledge, TimeProvider time, IAmountAndTimeReader reader)
    {
        _time = time;
        var planPresenter = new PlanPresenter(knowledge, new PlanBuilder(knowledge), new AdviceWriters(knowledge));
        var adviceDesk = new AdviceDesk(planPresenter);
        var findings = new FindingsReader(new SlotExtractor(reader));
        var pending = new PendingQuestion(planPresenter);
        _interrupts =
        [
            new EmptyMessageInterrupt(pending),
            new CrisisInterrupt(findings),
            new ResumeInterrupt(pending),
            new TooLongNotice(),
            new RiskWarningInterrupt(),
            new SecretsInterrupt(pending),
            new CommandInterrupt(pending),
            new RiskAfterOpeningInterrupt(pending),
            new AdviceQuestionInterrupt(adviceDesk, pending),
            new EvidenceTickInterrupt(adviceDesk, pending),
            new SmallTalkInterrupt(pending),
            new SideQuestionInterrupt(findings, pending),
            new HowToFindInterrupt(),
        ];
        _stage = new PhaseStage(findings, planPresenter);
        _resources = Enum.GetValues<Language>().ToDictionary(
            language => language,
            language => new LanguageResources(
                knowledge.Strings(language),
                new Vocabulary(knowledge.Lexicon(language)),
                new AdviceVocabulary(knowledge, language),
                new InterruptVocabulary(knowledge.Lexicon(language))));
        Vocabulary.Pair(_resources[Language.ZhCn].Vocabulary, _resources[Language.EnUs].Vocabulary);
        _findings = findings;
        _planPresenter = planPresenter;
        _followUpTurn = new FollowUpTurn(planPresenter);
    }

    public TurnOutcome RunTurn(ConversationState state, TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var clock = UserClock.Resolve(_time.GetUtcNow(), input.LocalTimestamp, state.UtcOffsetMinutes, input.LocalTimezone ?? state.TimeZone);
        if (input.Kind == InputKind.FollowUp)
        {
            // The bot writes first: no user turn to count, and the user's clock and language stay as they were.
            var followUp = new TurnContext(state, string.Empty, state.Language ?? Language.ZhCn, _resources[state.Language ?? Language.ZhCn], clock);
            _followUpTurn.Handle(followUp, input.FollowUpStepId);
            return Done(followUp);
        }

        state = state with
        {
            TurnCount = state.TurnCount + 1,
            UtcOffsetMinutes = input.LocalTimestamp is { } stamp ? (int)stamp.Offset.TotalMinutes : state.UtcOffsetMinutes,
            TimeZone = input.LocalTimezone ?? state.TimeZone,
        };
        var hint = LanguageExtensions.FromTag(input.LocaleHint);

        if (input.Kind == InputKind.UserJoined)
        {
            return Welcome(state, clock, hint);
        }

        var text = TextNormalizer.Normalize(input.Text);
        var language = LanguageDetector.Choose(text, state.Language, hint);
        var context = new TurnContext(state with { Language = language }, text, language, _resources[language], clock) { TextWasCut = input.Truncated };
        if (!_interrupts.Any(interrupt => interrupt.TryHandle(context)))
        {
            _stage.Handle(context);
        }

        AcknowledgeFear(context);
        return Done(context);
    }

    /// <summary>Fear short of despair gets one short word of calm before the answer, not a speech (despair has its own care).</summary>
    private static void AcknowledgeFear(TurnContext context)
    {
        if (context.InterruptWords.IsUpset(context.Text) && !context.InterruptWords.IsCrisis(context.Text) && !context.State.WaitingUntilReady)
        {
            context.Acknowledge(context.T("upset.acknowledge"));
        }
    }

    /// <summary>
    /// What the bot would take from <paramref name="text"/> as an answer to <paramref name="expecting"/> (null: the
    /// opening message), read by the same code a turn uses. For the <c>understand</c> command and its evaluation.
    /// </summary>
    public MessageReading Understand(string? text, Slot? expecting, DateTimeOffset localNow, string? localeHint = null)
    {
        var normalized = TextNormalizer.Normalize(text is { Length: > TurnInput.DefaultMaxTextLength } ? text[..TurnInput.DefaultMaxTextLength] : text);
        var language = LanguageDetector.Choose(normalized, current: null, LanguageExtensions.FromTag(localeHint));
        var phase = expecting switch
        {
            Slot.Confirm => Phase.Confirming,
            Slot.StepOutcome => Phase.WalkingPlan,
            _ => Phase.Collecting,
        };
        var state = ConversationState.New with { Phase = phase, Expecting = expecting, Language = language };
        var clock = new UserClock(localNow.ToUniversalTime(), localNow.Offset);
        var context = new TurnContext(state, normalized, language, _resources[language], clock);
        if (SecretsInterrupt.OffersASecret(context))
        {
            return new MessageReading(null, null, null, null, null, null, OffersSecret: true, language);
        }

        context.Risks = context.AdviceWords.FindRisks(normalized);
        var findings = _findings.Read(context);
        var confirm = expecting == Slot.Confirm ? ConfirmingStage.ReadYesNo(context, findings) : null;
        return new MessageReading(findings.Kind, findings.SentAt, findings.Amount, findings.RecipientAction, findings.Reason, confirm, OffersSecret: false, language)
        {
            Mistake = findings.Mistake,
        };
    }

    /// <summary>
    /// Runs the recognizers once in each language, so their first use (static tables, JIT) happens at
    /// start-up, alongside the knowledge loading, and not in the first user's turn.
    /// </summary>
    public static void WarmUpRecognizers()
    {
        var reader = new RecognizerAmountAndTimeReader();
        var reference = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Unspecified);
        reader.Read("我三个小时前转错了五百块", Language.ZhCn, reference, amountExpected: false);
        reader.Read("I sent 500 yuan 3 hours ago", Language.EnUs, reference, amountExpected: false);
    }

    /// <summary>Reads one message in each language, so the first user's turn does not pay for compiling the reading.</summary>
    public void WarmUpReading()
    {
        var now = _time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        Understand("昨晚给朋友转错了500块，他还没收，不是被骗", expecting: null, now);
        Understand("I sent a red packet to the wrong group, nobody has opened it yet", expecting: null, now);
    }

    public BotReply Apologize(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var language = LanguageDetector.Choose(TextNormalizer.Normalize(input.Text), current: null, LanguageExtensions.FromTag(input.LocaleHint));
        return new BotReply(_resources[language].Texts.Get("error.turn"), language, []);
    }

    private TurnOutcome Welcome(ConversationState state, UserClock clock, Language? hint)
    {
        if (state.Phase != Phase.Greeting)
        {
            // Clients repeat conversationUpdate (reconnects, two-step joins); greet once.
            return new TurnOutcome([], state);
        }

        var language = state.Language ?? hint ?? Language.ZhCn;
        var context = new TurnContext(state with { Phase = Phase.Collecting }, string.Empty, language, _resources[language], clock);
        context.Say(context.T("welcome"), context.Actions("welcome.actions"));
        return Done(context);
    }

    private TurnOutcome Done(TurnContext context) =>
        new(context.Replies, context.State, context.EraseState) { FollowUps = _planPresenter.FollowUps(context) };
}
