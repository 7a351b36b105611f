namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// One reading of an entity, typed: a timex with a point (<see cref="Value"/>), a stretch (<see cref="Start"/>/<see cref="End"/>,
/// either may be open when <see cref="Mod"/> says before/after), a length (<see cref="Seconds"/>), or nothing resolvable
/// (<see cref="NotResolved"/>: sets, seasons, 2月30日). The subtype decides how the times are written out.
/// </summary>
internal sealed record DateTimeValue(
    string Timex,
    DateTime? Value = null,
    DateTime? Start = null,
    DateTime? End = null,
    string? Mod = null,
    decimal? Seconds = null,
    bool NotResolved = false);
