using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The bot's <c>channelData</c>: <c>expecting</c> (the slot a prompt asks for) and <c>recoveryPlan</c>
/// (DESIGN.md, "The plan contract"). Absent members are omitted.
/// </summary>
public sealed record ReplyChannelData(Slot? Expecting, RecoveryPlanContract? RecoveryPlan);
