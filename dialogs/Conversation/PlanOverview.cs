namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// The plan as a checklist, for clients that draw cards: a heading, the steps with their due times (already
/// worded for the user), which one is being done now (marked with <see cref="CurrentLabel"/>), the notes
/// that follow the list, and the buttons that ask about the current step. The reply's text says the same
/// for clients without cards.
/// </summary>
public sealed record PlanOverview(
    string Heading,
    IReadOnlyList<PlanOverviewStep> Steps,
    int CurrentStep,
    string CurrentLabel,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Actions);

/// <summary>
/// One line of the checklist: its number, title, the two as the step's own header ("第1步：…", which card renderers
/// do not take for a Markdown list as they would "1. …"), and its due time ("现在就做", "11月24日 20:00之前"), if any.
/// </summary>
public sealed record PlanOverviewStep(int Number, string Title, string Header, string? Due);
