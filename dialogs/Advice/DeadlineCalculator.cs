using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>A deadline of knowledge/deadlines.yaml resolved for one situation.</summary>
public sealed record ComputedDeadline(Deadline Deadline, DateTimeOffset At, bool Passed);

/// <summary>Resolves the deadlines that apply to a situation, in file order.</summary>
public static class DeadlineCalculator
{
    public static IReadOnlyList<ComputedDeadline> For(IEnumerable<Deadline> deadlines, RecoveryCase known, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(known);
        if (known.SentAt is not { } sentAt)
        {
            return [];
        }

        return
        [
            .. deadlines
                .Where(d => d.When.Matches(known))
                .Where(d => !(known.IsUnknown(UnknownSlots.TimeOfDay) && d.From == DueAnchor.SentAt && d.After.Unit is DurationUnit.Minutes or DurationUnit.Hours))
                .Select(d =>
                {
                    var at = d.After.AddTo(d.From == DueAnchor.SentAt ? sentAt : now);
                    return new ComputedDeadline(d, at, d.From == DueAnchor.SentAt && at <= now);
                })
                .Where(d => !d.Passed || d.Deadline.Texts.Values.All(t => t.Passed is not null)),
        ];
    }
}
