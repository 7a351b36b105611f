namespace RecoveryBot.Dialogs.Recognizers.Text;

/// <summary>
/// Folds full-width ASCII (１２３，．＄) and the ideographic space to their half-width forms, one char for one char,
/// so indices found in the folded text are valid in the user's original text.
/// </summary>
internal static class WidthNormalizer
{
    public static string Fold(string text)
    {
        var needsWork = false;
        foreach (var c in text)
        {
            if (IsFoldable(c))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return text;
        }

        return string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                buffer[i] = source[i] == FullWidthComma && !BetweenFullWidthDigits(source, i) ? FullWidthComma : FoldChar(source[i]);
            }
        });
    }

    private const char FullWidthComma = '\uFF0C';

    /// <summary>"４，５６５" groups thousands; after half-width digits "，" is the Chinese comma between clauses ("$20，300美圆").</summary>
    private static bool BetweenFullWidthDigits(string s, int i) =>
        i > 0 && i + 1 < s.Length && s[i - 1] is >= '\uFF10' and <= '\uFF19' && s[i + 1] is >= '\uFF10' and <= '\uFF19';

    /// <summary>Folds width, then lower-cases ASCII letters (English matching is case-insensitive).</summary>
    public static string FoldAndLower(string text)
    {
        var folded = Fold(text);
        return string.Create(folded.Length, folded, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    private static bool IsFoldable(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';

    private static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
