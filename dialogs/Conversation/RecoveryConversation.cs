using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Understanding;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The recovery conversation. Each turn: pick the language, warn about risky statements before anything
/// else, warn about secrets, handle interruptions (help, restart, cancel; why, sources, documents,
/// checklist, deadlines, costs), mine the message for the situation, then let the current stage
/// (collecting, confirming, walking the plan) answer.
/// </summary>
public sealed class RecoveryConversation : IRecoveryConversation
{
    /// <summary>Longer messages are cut: no one describes a payment in more, and it bounds the work per turn.</summary>
    public const int MaxTextLength = 2000;

    private readonly TimeProvider _time;
    private readonly SlotExtractor _extractor;
    private readonly PlanPresenter _planPresenter;
    private readonly AdviceDesk _adviceDesk;
    private readonly Dictionary<Language, LanguageResources> _resources;

    public RecoveryConversation(KnowledgeBase knowledge, TimeProvider time)
        : this(knowledge, time, new RecognizerAmountAndTimeReader())
    {
    }

    internal RecoveryConversation(KnowledgeBase knowledge, TimeProvider time, IAmountAndTimeReader reader)
    {
        _time = time;
        _extractor = new SlotExtractor(reader);
        _planPresenter = new PlanPresenter(knowledge, new PlanBuilder(knowledge), new AdviceWriters(knowledge));
        _adviceDesk = new AdviceDesk(_planPresenter);
        _resources = Enum.GetValues<Language>().ToDictionary(
            language => language,
            language => new LanguageResources(knowledge.Strings(language), new Vocabulary(knowledge.Lexicon(language)), new AdviceVocabulary(knowledge, language)));
        Vocabulary.Pair(_resources[Language.ZhCn].Vocabulary, _resources[Language.EnUs].Vocabulary);
    }

    public TurnOutcome RunTurn(ConversationState state, TurnInput input)
    {
        var clock = UserClock.Resolve(_time.GetUtcNow(), input.LocalTimestamp, state.UtcOffsetMinutes, input.LocalTimezone ?? state.TimeZone);
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

        var raw = input.Text ?? string.Empty;
        var tooLong = raw.Length > MaxTextLength;
        var text = TextNormalizer.Normalize(tooLong ? raw[..MaxTextLength] : raw);
        var language = LanguageDetector.Choose(text, state.Language, hint);
        var context = new TurnContext(state with { Language = language }, text, language, _resources[language], clock);

        if (text.Length == 0)
        {
            context.Say(context.T("empty"));
            AskAgain(context);
            return Done(context);
        }

        if (tooLong)
        {
            context.Say(context.T("tooLong"));
        }

        var risks = SafetyInterrupt.Warn(context);
        if (OffersSecret(context))
        {
            // A message that carries a secret is not mined: a pasted code must never become an amount.
            context.Say(context.T("sensitive.warning"));
            AskAgain(context);
            return Done(context);
        }

        if (context.Vocabulary.FindCommand(text) is { } command)
        {
            Interrupt(context, command);
            return Done(context);
        }

        // Past the opening story, a risky statement is about what someone wants the user to do now
        // ("刚才有人打电话要我先交500保证金"), not about the payment: it must not change the case or the plan.
        var openingStory = context.State.Phase is Phase.Greeting or Phase.Collecting && context.State.Case == RecoveryCase.Empty;
        if (risks.Count > 0 && !openingStory)
        {
            AskAgainBriefly(context);
            return Done(context);
        }

        switch (_adviceDesk.TryAnswer(context))
        {
            case AdviceDesk.Answer.AskAgain:
                AskAgainBriefly(context);
                return Done(context);
            case AdviceDesk.Answer.Prompted:
                return Done(context);
        }

        // "账单截图了" ticks the checklist; "账单截图了，下一步" also moves on.
        if (_adviceDesk.TryTickEvidence(context) && !SaysHowTheStepWent(context))
        {
            AskAgainBriefly(context);
            return Done(context);
        }

        if (context.Vocabulary.HowToFind.Matches(text) && context.State.Expecting is Slot.Amount or Slot.Kind or Slot.SentAt)
        {
            QuestionAsker.Explain(context, Question.ForSlot(context.State.Expecting.Value, context.State.Case.Kind));
            return Done(context);
        }

        var findings = ReadSituation(context, risks);

        if (findings.Reason == Reason.Fraud && !context.State.FraudSignalsSeen)
        {
            context.State = context.State with { FraudSignalsSeen = true };
            context.Say(context.T("fraud.urgent"));
        }

        switch (context.State.Phase)
        {
            case Phase.Confirming:
                ConfirmingStage.Handle(context, findings, _planPresenter);
                break;
            case Phase.WalkingPlan:
                WalkingStage.Handle(context, findings, _planPresenter);
                break;
            case Phase.Finished when !findings.Any:
                context.Say(context.T("finished"), context.Actions("actions.finished"));
                break;
            case Phase.Finished:
                context.State = StartOver(context.State);
                CollectingStage.Handle(context, findings);
                break;
            default:
                CollectingStage.Handle(context, findings);
                break;
        }

        return Done(context);
    }

    /// <summary>
    /// What the bot would take from <paramref name="text"/> as an answer to <paramref name="expecting"/> (null: the
    /// opening message), read by the same code a turn uses. For the <c>understand</c> command and its evaluation.
    /// </summary>
    public MessageReading Understand(string? text, Slot? expecting, DateTimeOffset localNow, string? localeHint = null)
    {
        var normalized = TextNormalizer.Normalize(text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text);
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
        if (OffersSecret(context))
        {
            return new MessageReading(null, null, null, null, null, null, OffersSecret: true, language);
        }

        var findings = ReadSituation(context, context.AdviceWords.FindRisks(normalized));
        var confirm = expecting == Slot.Confirm ? ConfirmingStage.ReadYesNo(context, findings) : null;
        return new MessageReading(findings.Kind, findings.SentAt, findings.Amount, findings.RecipientAction, findings.Reason, confirm, OffersSecret: false, language);
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

    private void Interrupt(TurnContext context, Command command)
    {
        switch (command)
        {
            case Command.Help:
                context.Say(context.T("help"));
                AskAgain(context);
                break;
            case Command.DeleteData:
                context.EraseState = true;
                context.Say(context.T("deleteData.done"));
                break;
            case Command.Restart:
                context.State = StartOver(context.State);
                context.Say(context.T("restart"));
                context.State = context.State with { Expecting = Slot.Kind };
                context.Say(context.T("ask.opening"), context.Actions("actions.kind"), Slot.Kind);
                break;
            default:
                context.State = StartOver(context.State) with { Phase = Phase.Finished };
                context.Say(context.T("cancel"), context.Actions("actions.finished"));
                break;
        }
    }

    /// <summary>After an interruption, repeat whatever the conversation was waiting for.</summary>
    private void AskAgain(TurnContext context)
    {
        switch (context.State.Phase)
        {
            case Phase.Confirming:
                SummaryWriter.AskToConfirm(context);
                break;
            case Phase.WalkingPlan:
                _planPresenter.PresentCurrentStep(context);
                break;
            case Phase.Finished:
                context.Say(context.T("finished"), context.Actions("actions.finished"));
                break;
            default:
                CollectingStage.AskNextOrConfirm(context, progressed: true, futureTime: false, answering: null);
                break;
        }
    }

    /// <summary>A message that carries a secret is not mined: a pasted code must never become an amount.</summary>
    private static bool OffersSecret(TurnContext context) =>
        context.Vocabulary.SensitiveOffers.Matches(context.Text) || SensitiveNumbers.LooksLikeCardNumber(context.Text) || SensitiveNumbers.LooksLikeVerificationCode(context.Text);

    /// <summary>The situation as this message tells it, in the light of the pending question and the case so far.</summary>
    private SlotFindings ReadSituation(TurnContext context, IReadOnlyList<Risk> risks)
    {
        // "不是500，是5000": the negated value is not read (CorrectionReader), and a bare number then is an amount.
        var correction = CorrectionReader.Read(context.Text, context.Language, context.State.Case);
        var expecting = correction.CorrectsAmount ? Slot.Amount : context.State.Expecting;
        var findings = _extractor.Extract(correction.Text, context.Vocabulary, context.Language, context.Clock, expecting, context.State.Case);
        return risks.Any(r => r.AmountIsTheirs) ? findings with { Amount = null } : findings;
    }

    private static bool SaysHowTheStepWent(TurnContext context) =>
        Vocabulary.FindFirst(context.Vocabulary.StepOutcomes, context.Text) is not null || context.AdviceWords.TaskDone.Matches(context.Text);

    /// <summary>After an advice answer or a warning: the current question again, without repeating a whole step.</summary>
    private void AskAgainBriefly(TurnContext context)
    {
        if (context.State.Phase == Phase.WalkingPlan)
        {
            _planPresenter.RemindCurrentStep(context);
            return;
        }

        AskAgain(context);
    }

    private static ConversationState StartOver(ConversationState state) => ConversationState.New with
    {
        Phase = Phase.Collecting,
        Language = state.Language,
        UtcOffsetMinutes = state.UtcOffsetMinutes,
        TimeZone = state.TimeZone,
        TurnCount = state.TurnCount,
    };

    private static TurnOutcome Done(TurnContext context) => new(context.Replies, context.State, context.EraseState);
}
