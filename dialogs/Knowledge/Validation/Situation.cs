using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Validation;

/// <summary>One combination of the inputs a plan depends on; null is a value the user could not tell.</summary>
internal sealed record Situation(PaymentKind? Kind, RecipientAction Action, Reason? Reason, TimeWindow? Window)
{
    /// <summary>
    /// Every kind × recipient action × reason × window, each kind, reason and window also unknown: the
    /// space the rules must cover.
    /// </summary>
    public static IReadOnlyList<Situation> All { get; } =
    [
        .. from kind in WithUnknown(Enum.GetValues<PaymentKind>())
           from action in Enum.GetValues<RecipientAction>()
           from reason in WithUnknown(Enum.GetValues<Reason>())
           from window in WithUnknown(Enum.GetValues<TimeWindow>())
           select new Situation(kind, action, reason, window),
    ];

    /// <summary>Only the situations whose kind, reason and time are all known.</summary>
    public static IReadOnlyList<Situation> Known { get; } = [.. All.Where(s => s.Kind is not null && s.Reason is not null && s.Window is not null)];

    public override string ToString() =>
        $"{Name(Kind)} × {WireNames.Of(Action)} × {Name(Reason)} × {(Window is { } w ? WireNames.Of(w) : WireNames.Unknown)}";

    public static string Name<T>(T? value)
        where T : struct, Enum => value is { } v ? WireNames.Of(v) : WireNames.Unknown;

    private static IEnumerable<T?> WithUnknown<T>(IEnumerable<T> values)
        where T : struct, Enum => values.Select(v => (T?)v).Append(null);
}
