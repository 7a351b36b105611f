using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Where the conversation stands. Stored as JSON with <see cref="SchemaVersion"/>.</summary>
public enum Phase
{
    Greeting,
    Collecting,
    Confirming,
    WalkingPlan,
    Finished,
}

/// <summary>
/// Everything the bot remembers about one conversation. Immutable; a turn returns a new instance.
/// </summary>
public sealed record ConversationState
{
    /// <summary>
    /// 2: <see cref="EvidenceDone"/> added (version 1 reads with an empty list). 3: <see cref="WaitingUntilReady"/>
    /// added (older versions read as not waiting). 4: <see cref="RecoveryCase.Unknown"/> added (older versions read
    /// with nothing unknown). 5: <see cref="FollowUpsOff"/> and <see cref="LastFollowUpAt"/> added (older versions
    /// read with follow-ups on and none sent).
    /// </summary>
    public const int CurrentSchemaVersion = 5;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public Phase Phase { get; init; } = Phase.Greeting;

    /// <summary>Set from the first message that shows a language; kept afterwards.</summary>
    public Language? Language { get; init; }

    public RecoveryCase Case { get; init; } = RecoveryCase.Empty;

    /// <summary>The slot the last prompt asked for.</summary>
    public Slot? Expecting { get; init; }

    /// <summary>How many answers in a row did not fit the question.</summary>
    public int Misses { get; init; }

    /// <summary>Fraud signals were seen: the plan is police-first and safety warnings are shown.</summary>
    public bool FraudSignalsSeen { get; init; }

    /// <summary>The step ids of the presented plan, in order.</summary>
    public IReadOnlyList<string> PlanStepIds { get; init; } = [];

    /// <summary>Index into <see cref="PlanStepIds"/> of the step being walked through.</summary>
    public int CurrentStep { get; init; }

    /// <summary>When the plan was built (UTC), so due times stay stable while walking through it.</summary>
    public DateTimeOffset? PlannedAt { get; init; }

    /// <summary>The user's UTC offset in minutes, from the last activity that carried one.</summary>
    public int? UtcOffsetMinutes { get; init; }

    /// <summary>The user's IANA time zone, when the client sent one.</summary>
    public string? TimeZone { get; init; }

    public int TurnCount { get; init; }

    /// <summary>Ids of the evidence checklist items (knowledge/evidence.yaml) the user has said they keep.</summary>
    public IReadOnlyList<string> EvidenceDone { get; init; } = [];

    /// <summary>
    /// The user wrote of despair and got a caring reply: the recovery waits until they say they are ready,
    /// and then goes on where it was (<see cref="Expecting"/>, <see cref="CurrentStep"/> are kept).
    /// </summary>
    public bool WaitingUntilReady { get; init; }

    /// <summary>The user said "不用提醒了" / "stop reminders": the bot no longer writes first in this conversation.</summary>
    public bool FollowUpsOff { get; init; }

    /// <summary>When the bot last wrote first (UTC), so that follow-ups stay at least an hour apart.</summary>
    public DateTimeOffset? LastFollowUpAt { get; init; }

    public static ConversationState New { get; } = new();
}
