using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>One question the bot can ask: the slot it fills and the string keys that word it.</summary>
internal sealed record Question(Slot Slot, string AskKey, string ActionsKey, string RepromptKey, string ExplainKey)
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
    /// asked only when the user gave a bare day and that day straddles the 24-hour refund line.
    /// </summary>
    public static Question? Next(RecoveryCase known, UserClock clock)
    {
        if (known.Kind is null)
        {
            return ForSlot(Slot.Kind, null);
        }

        if (known.SentAt is null)
        {
            return ForSlot(Slot.SentAt, known.Kind);
        }

        if (NeedsTimeOfDay(known, clock))
        {
            return TimeOfDay;
        }

        if (known.Amount is null)
        {
            return ForSlot(Slot.Amount, known.Kind);
        }

        if (known.RecipientAction is null)
        {
            return ForSlot(Slot.RecipientAction, known.Kind);
        }

        return known.Reason is null ? ForSlot(Slot.Reason, known.Kind) : null;
    }

    private static bool NeedsTimeOfDay(RecoveryCase known, UserClock clock)
    {
        if (known is not { SentAtPrecision: SentAtPrecision.DayOnly, SentAt: { } sentAt } || !QuestionFamily.HasAutomaticRefund(known.Kind))
        {
            return false;
        }

        var dayStart = clock.ToLocal(sentAt).Date;
        var refundLine = clock.LocalWallClock - TimeSpan.FromHours(24);
        return dayStart <= refundLine && refundLine < dayStart.AddDays(1);
    }
}
