namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// Common words that contain a numeral character without meaning a number (一切 "everything", 收拾 "tidy up",
/// 陆地 "land"). A numeral that lies wholly inside one of them is not a number.
/// </summary>
internal static class ChineseNonNumericWords
{
    private static readonly string[] Words =
    [
        "一切", "一看", "一直", "一起", "一定", "一般", "一样", "一些", "一旦", "一律", "一致", "一向", "一下子",
        "统一", "唯一", "万一", "十足", "四川", "百分点", "陆地", "大陆", "登陆", "着陆", "陆续", "海陆空", "陆军",
        "队伍", "入伍", "退伍", "落伍", "伍仁", "收拾", "拾取", "拾起", "夕拾", "放肆", "肆无忌惮", "肆意",
        "零钱", "零食", "零件", "零售", "万万不", "千万不", "千万别", "千万要",
    ];

    /// <summary>True when the numeral at [start, end) lies inside one of the words.</summary>
    public static bool Covers(string text, int start, int end)
    {
        foreach (var word in Words)
        {
            var from = Math.Max(0, end - word.Length);
            for (var k = from; k <= start && k + word.Length <= text.Length; k++)
            {
                if (k + word.Length >= end && SameWord(text, k, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Financial and traditional numerals match their plain forms: 壹切 is 一切.</summary>
    private static bool SameWord(string text, int at, string word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var c = text[at + k];
            var w = word[k];
            if (c != w && (ChineseNumerals.Digit(c) < 0 || ChineseNumerals.Digit(c) != ChineseNumerals.Digit(w)))
            {
                return false;
            }
        }

        return true;
    }
}
