using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Validation;

/// <summary>One combination of the inputs a plan depends on.</summary>
internal sealed record Situation(PaymentKind Kind, RecipientAction Action, Reason Reason, TimeWindow Window)
{
    /// <summary>Every kind × recipient action × reason × window: the space the rules must cover.</summary>
    public static IReadOnlyList<Situation> All { get; } =
    [
        .. from kind in Enum.GetValues<PaymentKind>()
           from action in Enum.GetValues<RecipientAction>()
           from reason in Enum.GetValues<Reason>()
           from window in Enum.GetValues<TimeWindow>()
           select new Situation(kind, action, reason, window),
    ];

    public override string ToString() =>
        $"{WireNames.Of(Kind)} × {WireNames.Of(Action)} × {WireNames.Of(Reason)} × {WireNames.Of(Window)}";
}
