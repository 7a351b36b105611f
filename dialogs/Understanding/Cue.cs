namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// A lexicon phrase found in a message, read in its clause: <see cref="Negated"/> when a negation governs it
/// ("还没|领", "nobody's |opened it"), <see cref="Reported"/> when someone else's words carry it ("他说|没收到"),
/// <see cref="Weak"/> when the phrase only hints at the value ("转了" hints at a transfer, "转账" names it).
/// </summary>
internal sealed record Cue<T>(T Value, int Start, int Length, bool Negated, bool Reported, bool Weak)
    where T : struct, Enum
{
    public int End => Start + Length;
}
