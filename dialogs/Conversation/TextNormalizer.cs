using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Puts user text into one comparable form: NFKC (full-width digits and letters become half-width),
/// lower case, control characters dropped, runs of white space collapsed, and the traditional characters most
/// used in talk about payments folded to simplified ones ("轉賬轉錯了"), so one lexicon serves both.
/// </summary>
internal static class TextNormalizer
{
    private const string Traditional = "轉賬錯給錢還領騙這沒麼過對號們個說時後來會發買賣紅戶碼謝應該詐務銀帳單確認問題現聯繫刪進與將經錄證據報處當實際見記憶鐘頭幾萬塊點開間請幫嗎為樣寫學識誤騰訊讓遠態帶員話電習雙貨於傳邊種關準備購網絡衝減額費稅運視頻價兒親兩總綁條聽東師長寶車軟體歲門無機媽爺陽雲鬧異氣華廣島劃罰難擔憂";
    private const string Simplified = "转账错给钱还领骗这没么过对号们个说时后来会发买卖红户码谢应该诈务银帐单确认问题现联系删进与将经录证据报处当实际见记忆钟头几万块点开间请帮吗为样写学识误腾讯让远态带员话电习双货于传边种关准备购网络冲减额费税运视频价儿亲两总绑条听东师长宝车软体岁门无机妈爷阳云闹异气华广岛划罚难担忧";

    private static readonly FrozenDictionary<char, char> ToSimplified =
        Traditional.Zip(Simplified).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Phones type curly apostrophes ("haven’t"); the lexicon is written with straight ones.
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');
        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(ToSimplified.GetValueOrDefault(ch, ch));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The text without surrounding punctuation, for "is the whole message this phrase?" checks.</summary>
    public static string TrimPunctuation(string normalized) =>
        normalized.Trim().Trim(' ', '.', ',', '!', '?', '。', '，', '！', '？', '~', '、', '…', ':', ';', '"', '\'');
}
