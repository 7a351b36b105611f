using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>The one-line summary to confirm, and the "what changed" line after a correction.</summary>
internal static class SummaryWriter
{
    public static Question ConfirmQuestion { get; } = new(Slot.Confirm, "summary", "actions.confirm", "reprompt.confirm", "explain.confirm");

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
            ("sentAt", display.SentAt(known.SentAt!.Value, known.SentAtPrecision)),
            ("kind", display.Kind(known.Kind!.Value)),
            ("amount", display.Amount(known.Amount!)),
            ("recipientAction", display.RecipientAction(known.RecipientAction!.Value, known.Kind)),
            ("reason", display.Reason(known.Reason!.Value)));
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

    private static string ValueOf(TurnContext context, RecoveryCase known, Slot slot) => slot switch
    {
        Slot.Kind => context.Display.Kind(known.Kind!.Value),
        Slot.SentAt => context.Display.SentAt(known.SentAt!.Value, known.SentAtPrecision),
        Slot.Amount => context.Display.Amount(known.Amount!),
        Slot.RecipientAction => context.Display.RecipientAction(known.RecipientAction!.Value, known.Kind),
        _ => context.Display.Reason(known.Reason!.Value),
    };
}
