using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// One question the bot can ask: the slot it fills and the string keys that word it. <see cref="WayOnKey"/>
/// names the buttons that let the user go on without an answer ("不知道", "跳过").
/// </summary>
internal sealed record Question(Slot Slot, string AskKey, string ActionsKey, string RepromptKey, string ExplainKey, string WayOnKey = "actions.unsure")
{
    public static Question ForSlot(Slot slot, PaymentKind? kind)
    {
        var name = DisplayFormatter.Camel(slot);
        return slot == Slot.RecipientAction
            ? new Question(slot, $"ask.{name}.{QuestionFamily.KeySuffix(kind)}", $"actions.{name}.{QuestionFamily.KeySuffix(kind)}", $"reprompt.{name}", $"explain.{name}")
            : new Question(slot, $"ask.{name}", $"actions.{name}", $"reprompt.{name}", $"explain.{name}");
    }

    /// <summary>"What time of day?" for a day the user already gave.</summary>
    public static Question TimeOfDay { get; } = new(Slot.SentAt, "ask.sentAtTime", "actions.sentAtTime", "reprompt.sentAt", "explain.sentAt");

    /// <summary>
    /// The next thing to ask, in a fixed order, or null when the case is complete. The hour of sending is
    /// asked only when the user gave a bare day, that day straddles the 24-hour refund line, and the money can still
    /// come back by itself (nobody has taken it yet, as far as the user has said).
    /// </summary>
    public static Question? Next(RecoveryCase known, UserClock clock)
    {
        if (known.Kind is null && !known.IsUnknown(UnknownSlots.Kind))
        {
            return ForSlot(Slot.Kind, null);
        }

        if (known.SentAt is null && !known.IsUnknown(UnknownSlots.SentAt))
        {
            // Money a scammer already holds does not come back by itself: the time matters for the police.
            var question = ForSlot(Slot.SentAt, known.Kind);
            return known.Reason == Reason.Fraud ? question with { ExplainKey = "explain.sentAt.fraud" } : question;
        }

        if (NeedsTimeOfDay(known, clock))
        {
            return TimeOfDay;
        }

        if (known.Amount is null && !known.IsUnknown(UnknownSlots.Amount))
        {
            return ForSlot(Slot.Amount, known.Kind);
        }

        if (known.RecipientAction is null)
        {
            return ForSlot(Slot.RecipientAction, known.Kind);
        }

        return known.Reason is null && !known.IsUnknown(UnknownSlots.Reason) ? ForSlot(Slot.Reason, known.Kind) : null;
    }

    private static bool NeedsTimeOfDay(RecoveryCase known, UserClock clock)
    {
        if (known is not { SentAtPrecision: SentAtPrecision.DayOnly, SentAt: { } sentAt }
            || known.IsUnknown(UnknownSlots.TimeOfDay)
            || !QuestionFamily.HasAutomaticRefund(known.Kind)
            || known.RecipientAction is RecipientAction.Accepted or RecipientAction.Returned)
        {
            return false;
        }

        var dayStart = clock.ToLocal(sentAt).Date;
        var refundLine = clock.LocalWallClock - TimeSpan.FromHours(24);
        return dayStart <= refundLine && refundLine < dayStart.AddDays(1);
    }
}
