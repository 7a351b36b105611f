namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Days of the month written as ordinal or cardinal words: "first", "twenty second", "twenty-seventh", "ninth".</summary>
internal static class EnglishOrdinals
{
    private static readonly EnglishWordTable Ordinals = new(
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
        ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30));

    private static readonly EnglishWordTable Cardinals = new(
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19));

    /// <summary>A day of the month in words: ordinal ("ninth", "twenty-seventh"), or cardinal when <paramref name="allowCardinal"/> ("twenty nine").</summary>
    public static bool TryDayWord(string s, int i, out int end, out int day, bool allowCardinal = false)
    {
        end = i;
        day = 0;
        if (i >= s.Length || s[i] is not ('f' or 's' or 't' or 'e' or 'n' or 'o'))
        {
            return false; // no ordinal or cardinal day word starts otherwise
        }

        var tens = 0;
        var j = i;
        if (EnglishText.WordAt(s, i, "twenty", out var twentyEnd) || EnglishText.WordAt(s, i, "thirty", out twentyEnd))
        {
            tens = s[i] == 't' && s[i + 1] == 'w' ? 20 : 30;
            j = twentyEnd < s.Length && s[twentyEnd] == '-' ? twentyEnd + 1 : EnglishText.SkipSpaces(s, twentyEnd);
        }

        if (Ordinals.TryWordAt(s, j, out var wordEnd, out var value) && (tens == 0 || value < 10))
        {
            end = wordEnd;
            day = tens + value;
            return day <= 31;
        }

        if (allowCardinal)
        {
            if (Cardinals.TryWordAt(s, j, out wordEnd, out value) && (tens == 0 || value < 10))
            {
                end = wordEnd;
                day = tens + value;
                return day <= 31;
            }

            if (tens > 0)
            {
                end = twentyEnd;
                day = tens;
                return true;
            }
        }

        end = i;
        return false;
    }
}
