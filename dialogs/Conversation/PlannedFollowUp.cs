namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// A moment the bot will write first about a step of the plan: <see cref="StepId"/> is the knowledge step id,
/// <see cref="Due"/> the step's due time, moved out of the user's night. Sent in
/// <c>channelData.recoveryPlan.followUps</c> and handed to the host, which schedules it.
/// </summary>
public sealed record PlannedFollowUp(string StepId, DateTimeOffset Due);
