using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// When the bot writes first: at the due time of each step from the current one on, unless the user turned
/// follow-ups off, the plan is finished, or the user is taking a pause after writing of despair. Steps due
/// within an hour of each other share one follow-up (the first of them in the plan). Follow-ups are at least an
/// hour apart, also from the last one sent, and never in the user's night unless the case is fraud (then every
/// hour counts).
/// </summary>
internal static class FollowUpSchedule
{
    /// <summary>
    /// Steps due further ahead get no follow-up: the conversation's state expires long before a three-year
    /// limitation period ends, and a reminder on the last day would come too late to act on anyway.
    /// </summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    /// <summary>At most one follow-up an hour.</summary>
    public static readonly TimeSpan MinimumGap = TimeSpan.FromHours(1);

    /// <summary>A step due this soon after the plan was presented is "now" in the plan; nobody needs reminding of it.</summary>
    private static readonly TimeSpan PresentedAsNow = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<PlannedFollowUp> For(ConversationState state, IReadOnlyList<PlannedStep> steps)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(steps);
        if (state.FollowUpsOff || state.WaitingUntilReady || state.Phase != Phase.WalkingPlan || state.PlannedAt is not { } plannedAt)
        {
            return [];
        }

        var after = plannedAt + PresentedAsNow;
        if (state.LastFollowUpAt is { } lastSent && lastSent > after)
        {
            after = lastSent;
        }

        var quietHours = QuietHours.For(state);
        var respectNight = state.Case.Reason != Reason.Fraud && !state.FraudSignalsSeen;
        var earliest = state.LastFollowUpAt is { } last ? last + MinimumGap : DateTimeOffset.MinValue;
        DateTimeOffset? previousDue = null;
        var followUps = new List<PlannedFollowUp>();
        foreach (var planned in steps.Where(s => state.PlanStepIds.IndexOf(s.Step.Id) >= state.CurrentStep))
        {
            if (planned.Due is not { } due || due <= after || due > plannedAt + Horizon)
            {
                continue;
            }

            if (previousDue is { } shared && due - shared < MinimumGap)
            {
                continue;
            }

            previousDue = due;
            var at = due < earliest ? earliest : due;
            if (respectNight)
            {
                at = quietHours.OutOfNight(at);
            }

            followUps.Add(new PlannedFollowUp(planned.Step.Id, at));
            earliest = at + MinimumGap;
        }

        return followUps;
    }

    private static int IndexOf(this IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
