namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>The vocabulary of English numbers: cardinals, scales and the ordinals that name fractions.</summary>
internal static class EnglishNumberWords
{
    private static readonly Dictionary<string, int> Cardinals = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3m, ["million"] = 1e6m, ["billion"] = 1e9m, ["trillion"] = 1e12m,
        ["lakh"] = 1e5m, ["lakhs"] = 1e5m, ["crore"] = 1e7m, ["crores"] = 1e7m,
    };

    /// <summary>Abbreviations that scale only a digit-written number: "10k", "2mil", "10 bln", "1MM".</summary>
    private static readonly Dictionary<string, decimal> DigitScales = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3m, ["mm"] = 1e6m, ["mil"] = 1e6m, ["mln"] = 1e6m, ["bn"] = 1e9m, ["bln"] = 1e9m, ["tln"] = 1e12m,
    };

    private static readonly Dictionary<string, decimal> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
        ["thousandth"] = 1e3m, ["millionth"] = 1e6m, ["billionth"] = 1e9m, ["trillionth"] = 1e12m,
        ["half"] = 2, ["quarter"] = 4,
    };

    public static bool TryCardinal(string word, out int value) => Cardinals.TryGetValue(word, out value);

    public static bool TryScale(string word, out decimal value) => Scales.TryGetValue(word, out value);

    public static bool TryDigitScale(string word, out decimal value) => DigitScales.TryGetValue(word, out value);

    public static bool IsHundred(string word) => word is "hundred" or "hundreds";

    public static bool IsDozen(string word) => word is "dozen" or "dozens" or "dz" or "dzs";

    /// <summary>"fifth" → 5 (singular), "fifths"/"halves" → 5/2 (plural). "second" is left out: it is a unit of time.</summary>
    public static bool TryOrdinal(string word, out decimal value, out bool plural)
    {
        plural = false;
        if (Ordinals.TryGetValue(word, out value))
        {
            return true;
        }

        plural = true;
        if (word == "halves")
        {
            value = 2;
            return true;
        }

        return word.Length > 2 && word[^1] == 's' && Ordinals.TryGetValue(word[..^1], out value);
    }
}
