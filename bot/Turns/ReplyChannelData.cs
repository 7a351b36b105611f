using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The bot's <c>channelData</c>: <c>expecting</c> (the slot a prompt asks for) and <c>recoveryPlan</c>
/// (DESIGN.md, "The plan contract"), and on a message the bot wrote first, <c>followUp</c>. Absent members are omitted.
/// </summary>
public sealed record ReplyChannelData(Slot? Expecting, RecoveryPlanContract? RecoveryPlan)
{
    public FollowUpNotice? FollowUp { get; init; }
}

/// <summary>
/// <c>channelData.followUp</c>: the bot wrote first about step <paramref name="StepId"/>, due at <paramref name="Due"/>.
/// <paramref name="Id"/> is the same on every delivery attempt of this message, so a client can drop a repeat.
/// </summary>
public sealed record FollowUpNotice(string Id, string StepId, DateTimeOffset Due);
