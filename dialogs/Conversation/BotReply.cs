using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// One message from the bot. <see cref="Expecting"/> becomes <c>channelData.expecting</c> and makes the
/// message a prompt (<c>inputHint: expectingInput</c>); <see cref="Plan"/> becomes
/// <c>channelData.recoveryPlan</c>.
/// </summary>
public sealed record BotReply(
    string Text,
    Language Language,
    IReadOnlyList<string> SuggestedActions,
    Slot? Expecting = null,
    RecoveryPlanContract? Plan = null)
{
    public bool IsPrompt => Expecting is not null;
}
