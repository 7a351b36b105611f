using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// Whether a bare number is an amount of money by its surroundings: a paying verb before it (转了两千, 给他转了 2500,
/// sent 500) or a red packet/transfer after it (520的红包). Numbers that count people or things (一个人) are not.
/// </summary>
internal static class MoneyContext
{
    private const int ChineseWindow = 6;

    private static readonly string[] ChineseVerbs =
    [
        "转", "發", "发", "付", "汇", "匯", "打款", "打了", "给了", "充", "借", "骗", "赔", "退", "收了", "金额", "花了", "损失", "共", "总共",
        "交", "垫", "投了", "扣", "派", "俾", "定金", "押金", "尾款", "房租", "费",
    ];

    private static readonly string[] ChineseAfterwords = ["的红包", "红包", "的转账", "的转帐", "的款"];

    private static readonly HashSet<string> EnglishVerbs = new(StringComparer.Ordinal)
    {
        "sent", "send", "sending", "transferred", "transfer", "transferring", "paid", "pay", "paying", "lost", "gave", "give",
        "wired", "wire", "scammed", "of", "amount", "total", "totalling", "owed",
    };

    // Measure words after a number that count things, not yuan: 一笔钱 is "a sum of money", 转一下 "transfer it once".
    private const string ChineseClassifiers = "个位次天人岁号点名只件条张年月日周分秒遍倍层楼笔下回趟份";

    public static bool IsMoney(string text, TextSpan number, Language language) =>
        language == Language.ZhCn ? IsChineseMoney(text, number) : IsEnglishMoney(text, number);

    /// <summary>
    /// A number followed by a measure word or a count noun counts things: 三个人, 两次, 3 times. Chinese puts no
    /// spaces between words, so a space after a figure written close to the words before it is a pause that ends the
    /// clause ("付了三百 回家一称", "发了两百 人家已经收了"); only a figure set apart on both sides ("转了 2 次") keeps
    /// the measure word after the space.
    /// </summary>
    public static bool CountsThings(string text, TextSpan number, Language language)
    {
        if (language != Language.ZhCn)
        {
            return CountTimesPrice.CountsPayments(text, number.EndExclusive, language);
        }

        var after = number.EndExclusive;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        var pauseAfter = after > number.EndExclusive && (number.Start == 0 || text[number.Start - 1] != ' ');
        return !pauseAfter && after < text.Length && ChineseClassifiers.Contains(text[after], StringComparison.Ordinal);
    }

    private static bool IsChineseMoney(string text, TextSpan number)
    {
        var after = number.EndExclusive;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        foreach (var word in ChineseAfterwords)
        {
            if (string.CompareOrdinal(text, after, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        if (CountsThings(text, number, Language.ZhCn))
        {
            return false;
        }

        // A paying verb governs the first number after it: in "转88，手一抖" the verb's number is 88, not 一. A numeral that
        // counts the one paid ("转给一个网友6000") is not that number.
        var from = Math.Max(0, number.Start - ChineseWindow);
        var before = text[from..number.Start];
        foreach (var verb in ChineseVerbs)
        {
            var at = before.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && !HasUncountedNumeral(before.AsSpan(at + verb.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A numeral that is not followed by a measure word (一个, 两位 count people or things).</summary>
    private static bool HasUncountedNumeral(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var counted = i + 1 < text.Length && ChineseClassifiers.Contains(text[i + 1]);
            if ((char.IsAsciiDigit(text[i]) || Numbers.ChineseNumerals.IsDigit(text[i])) && !counted)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEnglishMoney(string text, TextSpan number)
    {
        if (CountsThings(text, number, Language.EnUs))
        {
            return false;
        }

        var words = text[..number.Start].ToLowerInvariant().Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k >= 0 && k >= words.Length - 3; k--)
        {
            if (EnglishVerbs.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }
}
