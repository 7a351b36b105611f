namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// A fixed list of English words or phrases in their order of preference. <see cref="StartingAt"/> hands out, still in
/// that order, only the entries whose phrase begins with the character at a position: the only ones that can be found
/// there, so a loop over them skips the rest of the list without comparing it.
/// </summary>
internal sealed class EnglishPhraseList<T>
{
    private const int AsciiCount = 128;

    private readonly T[] all;

    /// <summary>The entries grouped by first character, each group in list order; entries beginning beyond ASCII come last.</summary>
    private readonly T[] grouped;

    /// <summary>Where each ASCII first character's group lies in <see cref="grouped"/>; one more slot for the rest.</summary>
    private readonly (int Start, int Length)[] groups = new (int, int)[AsciiCount + 1];

    public EnglishPhraseList(T[] entries, Func<T, string> phrase)
    {
        all = entries;
        var slots = entries.Select(entry => phrase(entry) is { Length: > 0 } p ? Math.Min((int)p[0], AsciiCount) : throw new ArgumentException("Empty phrase.", nameof(entries))).ToArray();
        grouped = [.. entries.Select((entry, index) => (entry, slot: slots[index])).OrderBy(e => e.slot).Select(e => e.entry)]; // OrderBy is stable
        var start = 0;
        for (var slot = 0; slot <= AsciiCount; slot++)
        {
            var length = slots.Count(s => s == slot);
            groups[slot] = (start, length);
            start += length;
        }
    }

    public IReadOnlyList<T> All => all;

    /// <summary>The entries whose phrase begins with <c>s[i]</c>, in list order; none past the end of the text.</summary>
    public ReadOnlySpan<T> StartingAt(string s, int i)
    {
        if (i >= s.Length)
        {
            return [];
        }

        var (start, length) = groups[Math.Min((int)s[i], AsciiCount)];
        return grouped.AsSpan(start, length);
    }
}
