using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Nobody gets stuck on a question: "不知道" / "跳过" / "I don't know" / "skip" at any time, or a third
/// answer in a row that does not fit, goes on without that detail. The case records it as unknown, the
/// summary says so, and the plan starts by looking the payment up in the bill.
/// </summary>
internal static class UnknownAnswers
{
    /// <summary>Ask, re-ask, explain with buttons; the answer after that moves on.</summary>
    public const int MissesBeforeMovingOn = 3;

    /// <summary>A few characters around "不知道" ("我也说不清", "I'm not sure") still say only that.</summary>
    private const int MaxOtherLetters = 4;

    /// <summary>
    /// The message says it cannot answer, and nothing else about the payment. "不知道" alone also reads as
    /// "not sure what the recipient did": it answers the pending question; but "不确定对方有没有收" says
    /// more, and is about the recipient.
    /// </summary>
    public static bool SaysUnsure(TurnContext context, SlotFindings findings)
    {
        if (context.Vocabulary.Unsure.LongestHit(context.Text) is not { } hit
            || findings.RecipientAction is not (null or RecipientAction.Unknown)
            || (findings with { RecipientAction = null }).Any
            || findings.SentAtInFuture)
        {
            return false;
        }

        if (findings.RecipientAction is null)
        {
            return true;
        }

        var rest = context.Text.Remove(hit.Index, hit.Phrase.Length);
        return rest.Count(char.IsLetterOrDigit) <= MaxOtherLetters;
    }

    /// <summary>The case with the asked detail marked unknown.</summary>
    public static RecoveryCase Skip(RecoveryCase known, Question question)
    {
        if (question == Question.TimeOfDay)
        {
            return known with { Unknown = known.Unknown | UnknownSlots.TimeOfDay };
        }

        return question.Slot switch
        {
            Slot.Kind => known with { Kind = null, Unknown = known.Unknown | UnknownSlots.Kind },
            Slot.SentAt => known with { SentAt = null, SentAtPrecision = SentAtPrecision.Exact, Unknown = known.Unknown | UnknownSlots.SentAt },
            Slot.Amount => known with { Amount = null, Unknown = known.Unknown | UnknownSlots.Amount },
            Slot.RecipientAction => known with { RecipientAction = RecipientAction.Unknown },
            Slot.Reason => known with { Reason = null, Unknown = known.Unknown | UnknownSlots.Reason },
            _ => known,
        };
    }

    /// <summary>The question's buttons, and the way on ("不知道", "跳过") that the explanation offers.</summary>
    public static IReadOnlyList<string> ActionsWithWayOn(TurnContext context, IReadOnlyList<string> actions, string wayOnKey) =>
        [.. actions.Concat(context.Actions(wayOnKey)).Distinct(StringComparer.Ordinal)];
}
