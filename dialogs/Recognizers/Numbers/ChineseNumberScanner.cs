namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>Finds every number in Chinese text (Chinese numerals, digits, or both mixed).</summary>
internal static class ChineseNumberScanner
{
    /// <param name="folded">Text after <see cref="Text.WidthNormalizer.Fold"/>.</param>
    /// <param name="countsOnly">Leave out prices and rates (一美元, 一折, 二%), as the number model does.</param>
    public static List<NumberMatch> Scan(string folded, bool countsOnly = false)
    {
        var matches = new List<NumberMatch>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!CanStart(folded, i))
            {
                i++;
                continue;
            }

            if (IsDigitByDigitRun(folded, i, out var runEnd))
            {
                i = runEnd;
                continue;
            }

            if (!TryMatchAt(folded, i, out var end, out var value))
            {
                i++;
                continue;
            }

            if (!ChineseNonNumericWords.Covers(folded, i, end) && !(countsOnly && IsFollowedByNonCount(folded, end)))
            {
                matches.Add(new NumberMatch(TextSpan.FromBounds(i, end), value));
            }

            i = SkipNumerals(folded, end);
        }

        return matches;
    }

    /// <summary>Words after which a numeral is a price or a rate, not a count: 一美元, 一折 (a discount), 二% (a percentage).</summary>
    private static readonly string[] NonCountFollowers = ["美元", "美金", "美刀", "美分", "折", "%", "％"];

    private static bool IsFollowedByNonCount(string s, int end)
    {
        foreach (var word in NonCountFollowers)
        {
            if (string.CompareOrdinal(s, end, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longer of the Chinese-numeral reading and the digit-notation reading at <paramref name="i"/>.</summary>
    public static bool TryMatchAt(string s, int i, out int end, out decimal value)
    {
        bool chinese;
        int chineseEnd;
        decimal chineseValue;
        try
        {
            chinese = ChineseNumberParser.TryParse(s, i, out chineseEnd, out chineseValue);
        }
        catch (OverflowException)
        {
            (chinese, chineseEnd, chineseValue) = (false, i, 0m); // 万亿 upon 万亿: beyond any amount
        }

        var arabic = ArabicNumberReader.TryRead(s, i, out var arabicEnd, out var arabicValue);
        if (arabic && (!chinese || arabicEnd > chineseEnd))
        {
            (end, value) = (arabicEnd, arabicValue);
        }
        else
        {
            (end, value) = (chineseEnd, chineseValue);
        }

        if ((arabic || chinese) && IsWanLetter(s, end))
        {
            end++;
            value *= 10_000m;
        }

        return arabic || chinese;
    }

    /// <summary>
    /// "1.5w", "3W块": chat shorthand for 万 (w for wàn) right after the digits, standing alone (not "5wifi").
    /// </summary>
    private static bool IsWanLetter(string s, int end) =>
        end < s.Length && end > 0 && ArabicNumberReader.IsDigit(s[end - 1]) && s[end] is 'w' or 'W'
        && (end + 1 == s.Length || !char.IsAsciiLetterOrDigit(s[end + 1]));

    private static bool CanStart(string s, int i)
    {
        var c = s[i];
        if (ChineseNumerals.IsDigit(c) || ChineseNumerals.SmallUnit(c) > 0 || ArabicNumberReader.IsDigit(c))
        {
            return true;
        }

        var next = i + 1 < s.Length ? s[i + 1] : ' ';
        return c switch
        {
            '负' or '負' => ChineseNumerals.IsNumeral(next) || ArabicNumberReader.IsDigit(next),
            '-' or '+' or '.' => ArabicNumberReader.IsDigit(next) || (next == '.' && i + 2 < s.Length && ArabicNumberReader.IsDigit(s[i + 2])),
            _ => false,
        };
    }

    /// <summary>"二零一八", "九九": digits read one by one are codes, years or names, not counts.</summary>
    private static bool IsDigitByDigitRun(string s, int i, out int end)
    {
        end = i;
        while (end < s.Length && ChineseNumerals.IsDigit(s[end]))
        {
            end++;
        }

        return end - i >= 2;
    }

    private static int SkipNumerals(string s, int i)
    {
        while (i < s.Length && ChineseNumerals.IsNumeral(s[i]))
        {
            i++;
        }

        return i;
    }
}
