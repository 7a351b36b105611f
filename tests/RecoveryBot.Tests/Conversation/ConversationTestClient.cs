using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// Drives the real conversation (real knowledge folder, real recognizers) the way DialogTestClient drives
/// a dialog: send text, read the replies, inspect the state. The clock is a FakeTimeProvider; the user's
/// offset is sent as localTimestamp, like Web Chat and the Emulator do.
/// </summary>
internal sealed class ConversationTestClient
{
    /// <summary>Monday 23 November 2026, 20:15 in Beijing.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 12, 15, 0, TimeSpan.Zero);

    private static readonly Lazy<KnowledgeBase> SharedKnowledge = new(() => KnowledgeBase.Load(RepositoryPaths.Knowledge));

    private readonly RecoveryConversation _conversation;
    private readonly string? _locale;
    private readonly TimeSpan _offset;
    private readonly bool _checkLength;

    /// <param name="checkLength">Fail at once on a reply longer than one phone screen (<see cref="MessageLength"/>); tests that collect them to report all at once turn it off.</param>
    public ConversationTestClient(string? locale = "zh-CN", TimeSpan? offset = null, DateTimeOffset? now = null, bool checkLength = true)
    {
        _checkLength = checkLength;
        Time = new FakeTimeProvider(now ?? DefaultNow);
        _conversation = new RecoveryConversation(Knowledge, Time);
        _locale = locale;
        _offset = offset ?? TimeSpan.FromHours(8);
    }

    public static KnowledgeBase Knowledge => SharedKnowledge.Value;

    public FakeTimeProvider Time { get; }

    public ConversationState State { get; private set; } = ConversationState.New;

    public IReadOnlyList<BotReply> LastReplies { get; private set; } = [];

    /// <summary>The follow-ups the conversation wanted after the last turn.</summary>
    public IReadOnlyList<PlannedFollowUp> FollowUps { get; private set; } = [];

    public BotReply LastReply => LastReplies[^1];

    /// <summary>Every slot the bot has asked for in this conversation, in order.</summary>
    public List<Slot> AskedSlots { get; } = [];

    public DateTimeOffset LocalNow => Time.GetUtcNow().ToOffset(_offset);

    /// <summary>The turn the host runs when the follow-up about <paramref name="stepId"/> comes due.</summary>
    public IReadOnlyList<BotReply> FollowUp(string stepId) => Run(new TurnInput(InputKind.FollowUp, null) { FollowUpStepId = stepId });

    public IReadOnlyList<BotReply> Join() => Run(new TurnInput(InputKind.UserJoined, null, _locale, LocalNow));

    public IReadOnlyList<BotReply> Send(string text) => Run(new TurnInput(InputKind.Message, text, _locale, LocalNow));

    /// <summary>Sends text the way the host does after cutting it to its length limit.</summary>
    public IReadOnlyList<BotReply> SendCut(string text) => Run(new TurnInput(InputKind.Message, text, _locale, LocalNow, Truncated: true));

    /// <summary>A string of the real knowledge in the client's locale (for "the question was asked afresh").</summary>
    public static string Text(string locale, string key) => Knowledge.Strings(LanguageExtensions.FromTag(locale)!.Value).Get(key);

    /// <summary>A list of buttons of the real knowledge in the client's locale.</summary>
    public static IReadOnlyList<string> Actions(string locale, string key) => Knowledge.Strings(LanguageExtensions.FromTag(locale)!.Value).GetList(key);

    /// <summary>Sends each text in turn and returns the replies to the last one.</summary>
    public IReadOnlyList<BotReply> SendAll(params string[] texts)
    {
        foreach (var text in texts)
        {
            Send(text);
        }

        return LastReplies;
    }

    /// <summary>The plan presented so far in this conversation, if any.</summary>
    public RecoveryPlanContract? Plan { get; private set; }

    /// <summary>Answers every question by the slot it names until a plan arrives (at most ten turns).</summary>
    public RecoveryPlanContract? AnswerUntilPlan(IReadOnlyDictionary<Slot, string> answers)
    {
        for (var turn = 0; turn < 10 && Plan is null; turn++)
        {
            var expecting = LastReplies.LastOrDefault(r => r.Expecting is not null)?.Expecting;
            if (expecting is null || !answers.TryGetValue(expecting.Value, out var answer))
            {
                return null;
            }

            Send(answer);
        }

        return Plan;
    }

    private IReadOnlyList<BotReply> Run(TurnInput input)
    {
        var outcome = _conversation.RunTurn(State, input);
        if (_checkLength)
        {
            var tooLong = outcome.Replies.FirstOrDefault(r => !MessageLength.Fits(r));
            Assert.True(
                tooLong is null,
                $"After \"{input.Text}\" the bot sent {MessageLength.Count(tooLong?.Text)} characters, more than one phone screen ({MessageLength.Limit(tooLong?.Language ?? Language.ZhCn)}):\n{tooLong?.Text}");
        }

        State = outcome.State;
        LastReplies = outcome.Replies;
        FollowUps = outcome.FollowUps;
        AskedSlots.AddRange(outcome.Replies.Where(r => r.Expecting is not null).Select(r => r.Expecting!.Value));
        Plan = outcome.Replies.LastOrDefault(r => r.Plan is not null)?.Plan ?? Plan;
        return LastReplies;
    }
}
