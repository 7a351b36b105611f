namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>Finding the number found at a position (parsers ask at every word), in a list ordered by start as scanned.</summary>
internal static class NumberMatchLookup
{
    /// <summary>The number starting at <paramref name="start"/>, or default (an empty span) when none does.</summary>
    /// <remarks>A binary search: a long run of numbers ("1-1-1-…") would make a linear one quadratic.</remarks>
    public static NumberMatch StartingAt(this List<NumberMatch> numbers, int start)
    {
        var low = 0;
        var high = numbers.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = numbers[middle].Span.Start;
            if (found == start)
            {
                return numbers[middle];
            }

            if (found < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return default;
    }
}
