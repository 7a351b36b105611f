using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The one-line summary to confirm, and the "what changed" line after a correction.</summary>
internal static class SummaryWriter
{
    public static Question ConfirmQuestion { get; } = new(Slot.Confirm, "summary", "actions.confirm", "reprompt.confirm", "explain.confirm", "actions.confirmUnsure");

    /// <summary>A single red packet holds at most 200 yuan (fact A5); a larger one was surely a transfer.</summary>
    private const decimal RedPacketLimit = 200m;

    public static void AskToConfirm(TurnContext context)
    {
        var known = context.State.Case;
        var display = context.Display;
        if (known is { Kind: PaymentKind.RedPacket, Amount: { Currency: "CNY", Value: > RedPacketLimit } })
        {
            context.Say(context.T("redPacketLimit", ("amount", display.Amount(known.Amount))));
        }

        var text = context.T(
            "summary",
            ("sentAt", ValueOf(context, known, Slot.SentAt)),
            ("kind", ValueOf(context, known, Slot.Kind)),
            ("amount", ValueOf(context, known, Slot.Amount)),
            ("recipientAction", ValueOf(context, known, Slot.RecipientAction)),
            ("reason", ValueOf(context, known, Slot.Reason)));
        context.State = context.State with { Phase = Phase.Confirming, Expecting = Slot.Confirm, Misses = 0 };
        context.Say(text, context.Actions("actions.confirm"), Slot.Confirm);
    }

    public static void SayWhatChanged(TurnContext context, IReadOnlyList<Slot> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        var known = context.State.Case;
        var items = changed.Select(slot => context.T(
            "summary.changeItem",
            ("slot", context.Display.SlotName(slot)),
            ("value", ValueOf(context, known, slot))));
        context.Say(context.T("summary.changed", ("changes", string.Join(context.Texts.Get("summary.separator"), items))));
    }

    /// <summary>The slot whose display name is the whole message (the user tapped "时间" after "哪里不对？").</summary>
    public static Slot? SlotNamed(TurnContext context)
    {
        var text = TextNormalizer.TrimPunctuation(context.Text);
        Slot[] situationSlots = [Slot.Kind, Slot.SentAt, Slot.Amount, Slot.RecipientAction, Slot.Reason];
        return situationSlots
            .Select(slot => (Slot?)slot)
            .FirstOrDefault(slot => TextNormalizer.Normalize(context.Display.SlotName(slot!.Value)) == text);
    }

    public static IReadOnlyList<string> SlotNames(TurnContext context) =>
        [.. new[] { Slot.Kind, Slot.SentAt, Slot.Amount, Slot.RecipientAction, Slot.Reason }.Select(context.Display.SlotName)];

    /// <summary>A detail in the user's words; one they could not tell reads "不清楚" / "not sure".</summary>
    private static string ValueOf(TurnContext context, RecoveryCase known, Slot slot) => slot switch
    {
        Slot.Kind => known.Kind is { } kind ? context.Display.Kind(kind) : context.T("unknown.kind"),
        Slot.SentAt when known.SentAt is { } sentAt && known.IsUnknown(UnknownSlots.TimeOfDay) =>
            context.T("unknown.timeOfDay", ("day", context.Display.Day(sentAt))),
        Slot.SentAt => known.SentAt is { } sentAt ? context.Display.SentAt(sentAt, known.SentAtPrecision) : context.T("unknown.sentAt"),
        Slot.Amount => known.Amount is { } amount ? context.Display.Amount(amount) : context.T("unknown.amount"),
        Slot.RecipientAction => context.Display.RecipientAction(known.RecipientAction ?? RecipientAction.Unknown, known.Kind),
        _ => known.Reason is { } reason ? context.Display.Reason(reason) : context.T("unknown.reason"),
    };
}
