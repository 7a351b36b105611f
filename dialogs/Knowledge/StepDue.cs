namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>The moment a due time is counted from.</summary>
public enum DueAnchor
{
    /// <summary>When the money was sent.</summary>
    SentAt,

    /// <summary>When the plan is built: the step should be done right away.</summary>
    Now,
}

/// <summary>By when a step should be done: <see cref="From"/> plus <see cref="After"/>.</summary>
public sealed record StepDue(DueAnchor From, KnowledgeDuration After)
{
    public DateTimeOffset Resolve(DateTimeOffset sentAt, DateTimeOffset now) =>
        After.AddTo(From == DueAnchor.SentAt ? sentAt : now);
}
