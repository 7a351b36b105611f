namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>Splits width-folded English text into lower-cased words, digit numbers, hyphens and symbols.</summary>
internal static class EnglishTokenizer
{
    public static List<EnglishToken> Tokenize(string folded)
    {
        var tokens = new List<EnglishToken>((folded.Length / 4) + 4);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = i;
                while (i < folded.Length && (char.IsAsciiLetter(folded[i]) || (folded[i] == '\'' && i + 1 < folded.Length && char.IsAsciiLetter(folded[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new EnglishToken(EnglishTokenKind.Word, start, i, folded[start..i].ToLowerInvariant(), 0));
            }
            else if (ArabicNumberReader.IsDigit(c) || (c == '.' && i + 1 < folded.Length && ArabicNumberReader.IsDigit(folded[i + 1])))
            {
                if (EnglishDigitNumberReader.TryRead(folded, i, out var end, out var value))
                {
                    tokens.Add(new EnglishToken(EnglishTokenKind.Number, i, end, folded[i..end], value));
                    i = end;
                }
                else
                {
                    tokens.Add(new EnglishToken(EnglishTokenKind.Other, i, i + 1, folded[i..(i + 1)], 0));
                    i++;
                }
            }
            else if (VulgarFraction(c) is { } fraction)
            {
                tokens.Add(new EnglishToken(EnglishTokenKind.Number, i, i + 1, folded[i..(i + 1)], fraction));
                i++;
            }
            else
            {
                var kind = c is '-' or '\u2013' or '\u2014' ? EnglishTokenKind.Hyphen : EnglishTokenKind.Other;
                tokens.Add(new EnglishToken(kind, i, i + 1, folded[i..(i + 1)], 0));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>The single-character fractions ½ ⅓ ⅔ ¼ ¾ ⅕ … ⅞.</summary>
    private static decimal? VulgarFraction(char c) => c switch
    {
        '½' => 0.5m,
        '⅓' => 1m / 3,
        '⅔' => 2m / 3,
        '¼' => 0.25m,
        '¾' => 0.75m,
        '⅕' => 0.2m,
        '⅖' => 0.4m,
        '⅗' => 0.6m,
        '⅘' => 0.8m,
        '⅙' => 1m / 6,
        '⅚' => 5m / 6,
        '⅛' => 0.125m,
        '⅜' => 0.375m,
        '⅝' => 0.625m,
        '⅞' => 0.875m,
        _ => null,
    };
}
