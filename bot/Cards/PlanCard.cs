using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Cards;

/// <summary>
/// The plan as an Adaptive Card: one row per step with its due time, a filled dot and shading on the step being
/// done now (with its label), the notes below, and a button for each question about the current step.
/// </summary>
public static class PlanCard
{
    private const string CurrentMark = "●";
    private const string OtherMark = "○";

    public static AdaptiveCard From(PlanOverview overview, string fallbackText)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var body = new List<CardElement>();
        body.AddRange(overview.Steps.Select((step, i) => Row(step, i == overview.CurrentStep, overview.CurrentLabel)));
        body.AddRange(overview.Notes.Select((note, i) => new TextBlock(note) { IsSubtle = true, Size = "small", Separator = i == 0 ? true : null }));
        return new AdaptiveCard(body, [.. overview.Actions.Select(SubmitAction.SendingText)], fallbackText);
    }

    private static Container Row(PlanOverviewStep step, bool current, string currentLabel)
    {
        var words = new List<CardElement> { new TextBlock(step.Header) { Weight = current ? "bolder" : null } };
        if (step.Due is { } due)
        {
            words.Add(new TextBlock(due) { IsSubtle = true, Size = "small", Spacing = "none" });
        }

        if (current)
        {
            words.Add(new TextBlock(currentLabel) { Color = "accent", Size = "small", Weight = "bolder", Spacing = "none" });
        }

        var mark = new TextBlock(current ? CurrentMark : OtherMark) { Color = current ? "accent" : null };
        return new Container([new ColumnSet([new Column([mark], "auto"), new Column(words, "stretch")])])
        {
            Style = current ? "emphasis" : null,
            Spacing = "small",
        };
    }
}
