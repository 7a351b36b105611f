namespace RecoveryBot.Dialogs.Recognizers.Dates;

/// <summary>Chinese reign eras (年号) and the Gregorian year of their first year (元年), for dates like 康熙三年.</summary>
internal static class ChineseEras
{
    public static readonly (string Name, int FirstYear)[] Eras =
    [
        ("贞观", 627), ("永徽", 650), ("神龙", 705), ("开元", 713), ("天宝", 742), ("洪武", 1368), ("永乐", 1403),
        ("万历", 1573), ("崇祯", 1628), ("顺治", 1644), ("康熙", 1662), ("雍正", 1723), ("乾隆", 1736), ("嘉庆", 1796),
        ("道光", 1821), ("咸丰", 1851), ("同治", 1862), ("光绪", 1875), ("宣统", 1909), ("民国", 1912),
    ];

    /// <summary>"康熙三年" → 1664, "神龙元年" → 705.</summary>
    public static bool TryParse(string s, int i, out int end, out int year)
    {
        end = i;
        year = 0;
        foreach (var (name, first) in Eras)
        {
            if (!ChineseDateWords.StartsWith(s, i, name))
            {
                continue;
            }

            var j = i + name.Length;
            int ordinal;
            if (ChineseDateWords.StartsWith(s, j, "元"))
            {
                ordinal = 1;
                j++;
            }
            else if (!ChineseSmallNumber.TryRead(s, j, out j, out ordinal) || ordinal < 1)
            {
                return false;
            }

            if (j >= s.Length || s[j] != '年')
            {
                return false;
            }

            end = j + 1;
            year = first + ordinal - 1;
            return true;
        }

        return false;
    }
}
