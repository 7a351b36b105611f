namespace RecoveryBot.Dialogs.Conversation;

/// <summary>A part of a step shown on request, after the step itself: what to have ready, or what happens next and what if it fails.</summary>
internal enum StepDetail
{
    Bring,
    IfFails,
}
