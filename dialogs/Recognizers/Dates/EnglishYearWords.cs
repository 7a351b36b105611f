namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Years in words: "two thousand and twenty", "nineteen eighty six", "nineteen seventy two".</summary>
internal static class EnglishYearWords
{
    private static readonly EnglishWordTable Small = new(
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
        ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("one", 1), ("two", 2), ("three", 3), ("four", 4),
        ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9));

    public static bool TryParse(string s, int i, out int end, out int year)
    {
        end = i;
        year = 0;
        if (EnglishText.WordAt(s, i, "two thousand", out var thousandEnd))
        {
            var j = EnglishText.SkipSpaces(s, thousandEnd);
            if (EnglishText.WordAt(s, j, "and", out var andEnd))
            {
                j = EnglishText.SkipSpaces(s, andEnd);
            }

            if (TryBelowHundred(s, j, out var restEnd, out var rest))
            {
                end = restEnd;
                year = 2000 + rest;
                return true;
            }

            end = thousandEnd;
            year = 2000;
            return true;
        }

        if (TryBelowHundred(s, i, out var centuryEnd, out var century) && century is >= 10 and <= 20)
        {
            var j = EnglishText.SkipSpaces(s, centuryEnd);
            if (TryBelowHundred(s, j, out var restEnd, out var rest) && rest >= 10)
            {
                end = restEnd;
                year = (century * 100) + rest;
                return true;
            }
        }

        return false;
    }

    private static bool TryBelowHundred(string s, int i, out int end, out int value)
    {
        end = i;
        value = 0;
        if (!Small.TryWordAt(s, i, out var wordEnd, out var v))
        {
            return false;
        }

        value = v;
        end = wordEnd;
        if (v >= 20 && v % 10 == 0)
        {
            var j = wordEnd < s.Length && s[wordEnd] == '-' ? wordEnd + 1 : EnglishText.SkipSpaces(s, wordEnd);
            if (Small.TryWordAt(s, j, out var unitEnd, out var unit) && unit < 10)
            {
                value += unit;
                end = unitEnd;
            }
        }

        return true;
    }
}
