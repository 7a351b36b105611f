using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Folds what a message said into the case. A slot that had a different value is a correction, and the
/// bot says what changed; the slot the bot just asked for is an answer, not a correction. A value for a
/// detail that was unknown fills it.
/// </summary>
internal static class CaseMerger
{
    public static MergeResult Merge(RecoveryCase known, SlotFindings found, Slot? answering)
    {
        var filled = new List<Slot>();
        var changed = new List<Slot>();

        void Track(Slot slot, bool hadValue, bool differs)
        {
            if (!hadValue)
            {
                filled.Add(slot);
            }
            else if (differs)
            {
                (slot == answering ? filled : changed).Add(slot);
            }
        }

        var result = known;
        if (found.Kind is { } kind)
        {
            Track(Slot.Kind, known.Kind is not null, known.Kind != kind);
            result = result with { Kind = kind, Unknown = result.Unknown & ~UnknownSlots.Kind };
        }

        if (found.SentAt is { } sentAt)
        {
            var differs = known.SentAt is not { } old || Math.Abs((old - sentAt).TotalMinutes) > 1 || known.SentAtPrecision != found.SentAtPrecision;
            Track(Slot.SentAt, known.SentAt is not null, differs);
            // Repeating the same bare day keeps "the hour is unknown"; a new day or an hour replaces it.
            var cleared = found.SentAtPrecision != SentAtPrecision.DayOnly || differs ? UnknownSlots.SentAt | UnknownSlots.TimeOfDay : UnknownSlots.SentAt;
            result = result with { SentAt = sentAt, SentAtPrecision = found.SentAtPrecision, Unknown = result.Unknown & ~cleared };
        }

        if (found.Amount is { } amount)
        {
            Track(Slot.Amount, known.Amount is not null, known.Amount != amount);
            result = result with { Amount = amount, Unknown = result.Unknown & ~UnknownSlots.Amount };
        }

        if (found.RecipientAction is { } action)
        {
            Track(Slot.RecipientAction, known.RecipientAction is not null, known.RecipientAction != action);
            result = result with { RecipientAction = action };
        }

        if (found.Reason is { } reason)
        {
            Track(Slot.Reason, known.Reason is not null, known.Reason != reason);
            result = result with { Reason = reason, Unknown = result.Unknown & ~UnknownSlots.Reason };
        }

        if (found.Mistake is { } mistake && MistakeDetails.Refines(result.Mistake, mistake))
        {
            result = result with { Mistake = mistake };
        }

        return new MergeResult(result, filled, changed);
    }
}

/// <summary>The merged case, the slots newly filled and the slots corrected.</summary>
internal sealed record MergeResult(RecoveryCase Case, IReadOnlyList<Slot> Filled, IReadOnlyList<Slot> Changed)
{
    public bool Progressed => Filled.Count > 0 || Changed.Count > 0;
}
