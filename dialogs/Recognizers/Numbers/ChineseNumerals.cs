namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>The characters of Chinese numerals: plain (一二三), financial (壹贰叁) and traditional (兩萬億) forms.</summary>
internal static class ChineseNumerals
{
    /// <summary>0-9 for a digit character, -1 otherwise.</summary>
    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' or '弌' => 1,
        '二' or '贰' or '貳' or '两' or '兩' or '倆' or '俩' => 2,
        '三' or '叁' or '參' or '叄' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>10, 100, 1000 for 十百千 (and their financial forms), 0 otherwise.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>10⁴, 10⁸, 10¹² for 万亿兆, 0 otherwise.</summary>
    public static decimal BigUnit(char c) => c switch
    {
        '万' or '萬' => 10_000m,
        '亿' or '億' => 100_000_000m,
        '兆' => 1_000_000_000_000m,
        _ => 0m,
    };

    public static bool IsDigit(char c) => Digit(c) >= 0;

    public static bool IsUnit(char c) => SmallUnit(c) > 0 || BigUnit(c) > 0;

    public static bool IsNumeral(char c) => IsDigit(c) || IsUnit(c);

    /// <summary>两 counts things ("两百") but is never read digit by digit, so it cannot follow a decimal point.</summary>
    public static bool IsCountingTwo(char c) => c is '两' or '兩' or '倆' or '俩';

    public static bool IsDecimalPoint(char c) => c is '点' or '點';

    public static bool IsNegative(char c) => c is '负' or '負';

    /// <summary>余/多/几 make "十余万" and "二十几万" approximate; the value keeps the stated order of magnitude.</summary>
    public static bool IsApproximation(char c) => c is '余' or '多' or '几' or '幾' or '來' or '来';
}
