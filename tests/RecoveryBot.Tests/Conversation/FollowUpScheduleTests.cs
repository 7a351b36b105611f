using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>The rules of <see cref="FollowUpSchedule"/> on plans made up of the real knowledge's steps.</summary>
public class FollowUpScheduleTests
{
    private static readonly DateTimeOffset PlannedAt = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    private static PlannedStep Step(string id, DateTimeOffset? due) => new(ConversationTestClient.Knowledge.Steps[id], due);

    private static ConversationState Walking(params PlannedStep[] steps) => ConversationState.New with
    {
        Phase = Phase.WalkingPlan,
        PlanStepIds = [.. steps.Select(s => s.Step.Id)],
        PlannedAt = PlannedAt,
        UtcOffsetMinutes = 8 * 60,
    };

    [Fact]
    public void FollowUp_SoonAfterTheLastOne_WaitsUntilAnHourHasPassed()
    {
        var lastSent = PlannedAt.AddHours(2);
        var steps = new[] { Step("wait-auto-refund", lastSent.AddMinutes(10)) };
        var state = Walking(steps) with { LastFollowUpAt = lastSent };

        var followUp = Assert.Single(FollowUpSchedule.For(state, steps));

        Assert.Equal(lastSent.AddHours(1), followUp.Due);
    }

    [Fact]
    public void TwoStepsDueHoursApart_GetOneFollowUpEach_InPlanOrder()
    {
        var steps = new[] { Step("ask-recipient-return", PlannedAt.AddHours(2)), Step("wait-auto-refund", PlannedAt.AddHours(5)) };

        var followUps = FollowUpSchedule.For(Walking(steps), steps);

        Assert.Equal(["ask-recipient-return", "wait-auto-refund"], followUps.Select(f => f.StepId));
    }

    [Fact]
    public void StepDueYearsAhead_GetsNoFollowUp()
    {
        var steps = new[] { Step("lawsuit", PlannedAt.AddYears(3)) };

        Assert.Empty(FollowUpSchedule.For(Walking(steps), steps));
    }

    [Fact]
    public void WhileTheUserTakesAPause_NoFollowUpIsWanted()
    {
        var steps = new[] { Step("wait-auto-refund", PlannedAt.AddHours(5)) };

        Assert.Empty(FollowUpSchedule.For(Walking(steps) with { WaitingUntilReady = true }, steps));
    }

    [Fact]
    public void QuietHours_FollowTheUsersZoneWithDaylightSaving()
    {
        // 21:30 UTC on 1 July is 23:30 in Berlin (summer time, UTC+2): moved to 08:00 Berlin = 06:00 UTC.
        var planned = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        var steps = new[] { Step("wait-auto-refund", new DateTimeOffset(2026, 7, 1, 21, 30, 0, TimeSpan.Zero)) };
        var state = Walking(steps) with { PlannedAt = planned, TimeZone = "Europe/Berlin", UtcOffsetMinutes = 120 };

        var followUp = Assert.Single(FollowUpSchedule.For(state, steps));

        Assert.Equal(new DateTimeOffset(2026, 7, 2, 6, 0, 0, TimeSpan.Zero), followUp.Due.ToUniversalTime());
    }
}
