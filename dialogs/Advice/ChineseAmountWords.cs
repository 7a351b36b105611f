using System.Globalization;
using System.Text;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>
/// Writes an amount of yuan in Chinese capital numerals (大写金额) as on bank forms and court filings:
/// 5000 → 伍仟元整, 10005 → 壹万零伍元整, 1680.32 → 壹仟陆佰捌拾元叁角贰分, 1680.05 → 壹仟陆佰捌拾元零伍分.
/// </summary>
public static class ChineseAmountWords
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    public static string Write(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var fen = (long)Math.Round(amount * 100, MidpointRounding.AwayFromZero);
        var yuan = fen / 100;
        var jiao = (int)(fen / 10 % 10);
        var cents = (int)(fen % 10);

        var text = new StringBuilder();
        if (yuan > 0)
        {
            text.Append(Integer(yuan)).Append('元');
        }

        if (jiao == 0 && cents == 0)
        {
            return text.Length == 0 ? "零元整" : text.Append('整').ToString();
        }

        if (jiao > 0)
        {
            text.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            text.Append('零');
        }

        return cents > 0 ? text.Append(Digits[cents]).Append('分').ToString() : text.Append('整').ToString();
    }

    private static string Integer(long value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var position = digits.Length - 1 - i;
            var digit = digits[i] - '0';
            var small = position % 4;
            var group = position / 4;
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
            }
            else
            {
                if (pendingZero)
                {
                    text.Append('零');
                    pendingZero = false;
                }

                text.Append(Digits[digit]).Append(SmallUnits[small]);
            }

            if (small == 0 && group > 0 && GroupHasDigits(digits, group))
            {
                text.Append(GroupUnits[group]);
            }
        }

        return text.ToString();
    }

    private static bool GroupHasDigits(string digits, int group)
    {
        var end = digits.Length - (group * 4);
        var start = Math.Max(0, end - 4);
        return digits[start..end].Any(c => c != '0');
    }
}
