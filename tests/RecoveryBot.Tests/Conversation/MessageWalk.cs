using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// One conversation from the opening to the end of the plan, as a curious user has it: every question
/// answered, and at every step each detail asked for (why, sources, what to prepare, what if it fails,
/// deadlines, costs, the evidence checklist, the documents) before saying it did not work and moving on.
/// Returns every bot message on the way.
/// </summary>
internal static class MessageWalk
{
    private const int MostTurns = 200;

    private static readonly string[] ZhDetails = ["为什么", "来源", "要准备", "如果不行", "期限", "费用", "证据清单", "文书"];

    private static readonly string[] EnDetails = ["why", "sources", "what to prepare", "if it fails", "deadlines", "costs", "evidence checklist", "documents"];

    public static IReadOnlyList<SeenReply> Through(string locale, string opening, IReadOnlyDictionary<Slot, string>? answers)
    {
        var client = new ConversationTestClient(locale, checkLength: false);
        var seen = new List<SeenReply>();
        void Say(string text) => seen.AddRange(client.Send(text).Select(r => new SeenReply(text, r)));

        seen.AddRange(client.Join().Select(r => new SeenReply("(joined)", r)));
        Say(opening);
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        var defaults = DefaultAnswers(english);
        for (var turn = 0; turn < 10 && client.State.Phase != Phase.WalkingPlan; turn++)
        {
            var expecting = client.LastReplies.LastOrDefault(r => r.Expecting is not null)?.Expecting;
            if (expecting is null)
            {
                break;
            }

            Say(answers?.GetValueOrDefault(expecting.Value) ?? defaults[expecting.Value]);
        }

        var failed = ConversationTestClient.Actions(locale, "actions.stepOutcome")[1];
        var done = ConversationTestClient.Actions(locale, "actions.stepDone")[0];
        for (var turn = 0; turn < MostTurns && client.State.Phase == Phase.WalkingPlan; turn++)
        {
            var step = client.State.CurrentStep;
            foreach (var detail in english ? EnDetails : ZhDetails)
            {
                Say(detail);
            }

            foreach (var title in DocumentTitles(client))
            {
                Say(title);
            }

            var actions = client.LastReplies.LastOrDefault(r => r.Expecting == Slot.StepOutcome)?.SuggestedActions ?? [];
            Say(actions.Contains(failed) ? failed : done);
            if (client.State.CurrentStep == step && client.State.Phase == Phase.WalkingPlan)
            {
                break;
            }
        }

        return seen;
    }

    private static List<string> DocumentTitles(ConversationTestClient client) =>
        client.LastReplies.SelectMany(r => r.SuggestedActions)
            .Where(a => ConversationTestClient.Knowledge.Documents.Values.Any(d => d.Texts.Values.Any(t => t.Title == a)))
            .Distinct()
            .ToList();

    private static Dictionary<Slot, string> DefaultAnswers(bool english) => new()
    {
        [Slot.Kind] = english ? "transfer" : "转账",
        [Slot.SentAt] = english ? "at 8pm" : "晚上八点",
        [Slot.Amount] = "300",
        [Slot.RecipientAction] = english ? "I don't know" : "不知道",
        [Slot.Reason] = english ? "it was a mistake" : "发错了",
        [Slot.Confirm] = english ? "yes" : "对",
    };
}
