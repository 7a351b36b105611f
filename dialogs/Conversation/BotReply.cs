using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// One message from the bot. <see cref="Expecting"/> becomes <c>channelData.expecting</c> and makes the
/// message a prompt (<c>inputHint: expectingInput</c>); <see cref="Plan"/> becomes
/// <c>channelData.recoveryPlan</c>. <see cref="Attachments"/> are files to download (filled documents);
/// <see cref="Overview"/> is the plan as a checklist for clients that draw cards.
/// </summary>
public sealed record BotReply(
    string Text,
    Language Language,
    IReadOnlyList<string> SuggestedActions,
    Slot? Expecting = null,
    RecoveryPlanContract? Plan = null)
{
    public IReadOnlyList<ReplyAttachment> Attachments { get; init; } = [];

    public PlanOverview? Overview { get; init; }

    public bool IsPrompt => Expecting is not null;
}

/// <summary>A text file sent with a reply: <see cref="Name"/> to save it as, its <see cref="ContentType"/>, its text.</summary>
public sealed record ReplyAttachment(string Name, string ContentType, string Text)
{
    public const string PlainText = "text/plain";
}
