namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>
/// The first or second half of a part of the day: "early morning" (08-10, Mod start), "late afternoon",
/// "later in the afternoon", "late this morning", "early this evening" (Mod end / start).
/// </summary>
internal static class EnglishDaypartPart
{
    private static readonly EnglishPhraseList<(string Word, string Mod)> Prefixes = new(
    [
        ("earlier in the", "start"), ("early in the", "start"), ("later in the", "end"), ("late in the", "end"),
        ("earlier", "start"), ("early", "start"), ("later", "end"), ("late", "end"),
    ], p => p.Word);

    public static DateTimeEntity? Match(string s, int i, DateTime reference)
    {
        foreach (var (word, mod) in Prefixes.StartingAt(s, i))
        {
            if (!EnglishText.WordAt(s, i, word, out var wordEnd))
            {
                continue;
            }

            var k = EnglishText.SkipSpaces(s, wordEnd);
            if (word.EndsWith(" the", StringComparison.Ordinal))
            {
                // "later in the afternoon": "in the afternoon" is the daypart as said
                k = wordEnd - "in the".Length;
            }

            if (EnglishAnchorParser.ParseComposite(s, k, reference) is not { Kind: AnchorKind.Daypart } anchor
                || anchor.Span.Start != k || anchor.Entity.Values.Count == 0)
            {
                return null;
            }

            var values = new List<DateTimeValue>(anchor.Entity.Values.Count);
            var readings = new List<Reading>(anchor.Entity.Values.Count);
            foreach (var value in anchor.Entity.Values)
            {
                if (value.Start is not { } start || value.End is not { } end)
                {
                    return null;
                }

                var middle = start + ((end - start) / 2);
                var (from, to) = mod == "start" ? (start, middle) : (middle, end);
                values.Add(value with { Start = from, End = to, Mod = mod });
                readings.Add(new Reading(from, to, true));
            }

            return new DateTimeEntity(TextSpan.FromBounds(i, anchor.Span.EndExclusive), anchor.Entity.Kind, values, readings);
        }

        return null;
    }
}
