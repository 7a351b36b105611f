using System.Collections.Concurrent;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Host;

/// <summary>
/// A conversation test double whose behaviour is picked by the message text, so host tests never depend
/// on the real dialogs' wording. Every reply says which turn of its conversation it is ("turn N").
/// </summary>
internal sealed class ScriptedConversation : IRecoveryConversation
{
    public const string Ask = "ask";
    public const string Plan = "plan";
    public const string Two = "two";
    public const string Boom = "boom";
    public const string Welcome = "welcome";
    public const string Forget = "forget";
    public const string Slow = "slow";

    public static readonly DateTimeOffset SentAt = new(2026, 11, 22, 20, 0, 0, TimeSpan.FromHours(8));

    public ConcurrentQueue<TurnInput> Inputs { get; } = new();

    public TurnOutcome RunTurn(ConversationState state, TurnInput input)
    {
        Inputs.Enqueue(input);
        var turn = state.TurnCount + 1;
        var language = LanguageExtensions.FromTag(input.LocaleHint) ?? Language.ZhCn;
        var next = state with { TurnCount = turn, Language = language };
        var label = $"turn {turn}";
        IReadOnlyList<BotReply> replies = (input.Kind, input.Text) switch
        {
            (InputKind.UserJoined, _) => [new BotReply($"{Welcome} {label}", language, ["a", "b"])],
            (_, { } text) when text.StartsWith(Boom, StringComparison.Ordinal) => throw new InvalidOperationException("scripted failure"),
            (_, Ask) => [new BotReply($"{label} amount?", language, ["100", "500 元"], Slot.Amount)],
            (_, Plan) => [new BotReply($"{label} plan", language, [], Plan: SamplePlan())],
            (_, Two) => [new BotReply($"{label} first", language, []), new BotReply($"{label} second", language, [])],
            (_, Forget) => [new BotReply("forgotten", language, [])],
            (_, Slow) => SlowReply(label, language),
            _ => [new BotReply(label, language, [])],
        };
        return new TurnOutcome(replies, next, DeleteState: input.Text == Forget);
    }

    public const string Apology = "sorry";

    /// <summary>How long a <see cref="Slow"/> turn takes; long enough to stop the host in the middle of it.</summary>
    public static TimeSpan SlowTurn { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Set when a slow turn has started, so a test can act while it is in flight.</summary>
    public TaskCompletionSource SlowTurnStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IReadOnlyList<BotReply> SlowReply(string label, Language language)
    {
        SlowTurnStarted.TrySetResult();
        Thread.Sleep(SlowTurn);
        return [new BotReply($"{label} slow", language, [])];
    }

    public BotReply Apologize(TurnInput input) =>
        new(Apology, LanguageExtensions.FromTag(input.LocaleHint) ?? Language.ZhCn, []);

    public static RecoveryPlanContract SamplePlan() => new(
        new SituationContract(PaymentKind.Transfer, SentAt, 500m, "CNY", RecipientAction.NotAccepted, Reason.Mistake),
        [new PlanStepContract("ask-recipient-return", "Ask", SentAt.AddDays(1))]);
}
