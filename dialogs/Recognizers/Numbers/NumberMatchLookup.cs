namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>Finding the number found at a position, without a closure per lookup (parsers ask at every word).</summary>
internal static class NumberMatchLookup
{
    /// <summary>The number starting at <paramref name="start"/>, or default (an empty span) when none does.</summary>
    public static NumberMatch StartingAt(this List<NumberMatch> numbers, int start)
    {
        foreach (var number in numbers)
        {
            if (number.Span.Start == start)
            {
                return number;
            }
        }

        return default;
    }
}
