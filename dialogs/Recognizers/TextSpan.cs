namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>A stretch of the user's text, in UTF-16 code units; <see cref="EndExclusive"/> is one past the last unit.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int EndExclusive => Start + Length;

    public static TextSpan FromBounds(int start, int endExclusive) => new(start, endExclusive - start);

    public bool Overlaps(TextSpan other) => Start < other.EndExclusive && other.Start < EndExclusive;

    public bool Contains(TextSpan other) => Start <= other.Start && other.EndExclusive <= EndExclusive;
}
