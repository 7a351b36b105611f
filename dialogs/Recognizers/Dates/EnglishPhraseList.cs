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
        // A counting sort in plain loops: these lists are built on the first recognition, where LINQ over value
        // tuples would cost more to compile than the sort itself.
        all = entries;
        Phrases = new string[entries.Length];
        var slots = new int[entries.Length];
        var counts = new int[AsciiCount + 1];
        for (var k = 0; k < entries.Length; k++)
        {
            var p = Phrases[k] = phrase(entries[k]);
            if (p.Length == 0)
            {
                throw new ArgumentException("Empty phrase.", nameof(entries));
            }

            slots[k] = Math.Min((int)p[0], AsciiCount);
            counts[slots[k]]++;
        }

        var start = 0;
        for (var slot = 0; slot <= AsciiCount; slot++)
        {
            groups[slot] = (start, counts[slot]);
            start += counts[slot];
        }

        grouped = new T[entries.Length];
        var next = new int[AsciiCount + 1];
        for (var k = 0; k < entries.Length; k++)
        {
            var slot = slots[k];
            grouped[groups[slot].Start + next[slot]++] = entries[k]; // list order kept within each group
        }
    }

    public IReadOnlyList<T> All => all;

    /// <summary>The phrases of the entries, in list order.</summary>
    public string[] Phrases { get; }

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
