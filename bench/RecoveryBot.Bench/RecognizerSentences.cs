using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Bench;

/// <summary>Bot-like messages (what users tell RecoveryBot about a transfer), per culture, for the recognizer benchmarks.</summary>
internal static class RecognizerSentences
{
    /// <summary>The user's local "now" for every sentence: a Wednesday afternoon.</summary>
    public static readonly DateTime Reference = new(2024, 11, 20, 15, 30, 0, DateTimeKind.Unspecified);

    public static readonly string[] Chinese =
    [
        "我前天晚上九点多给他转了两千五",
        "昨天下午3点被骗了500元",
        "半小时前转错账了，转了1万2",
        "上周五给一个陌生人发了520的红包",
        "12号那天转了三块八毛八",
        "今天早上8点左右转了两千块钱给骗子",
        "一个多小时前微信转账了￥1999",
        "昨天半夜收到一个链接，付了两百",
        "11月18日到11月20日之间一共转了三次，每次一千",
        "他说下周一之前退钱，到现在还没有消息",
    ];

    public static readonly string[] English =
    [
        "I sent 50 bucks to the wrong person yesterday at 8pm",
        "half an hour ago I transferred USD 200 by mistake",
        "last Friday I paid 1000 HKD to a scammer",
        "I was scammed out of $350 on Monday morning",
        "two days ago around 3 pm I sent 2,500 yuan",
        "this morning at 9:15 I lost 120 dollars",
        "I transferred ¥800 three hours ago",
        "between 10 and 11 last night I sent him 60 euros",
        "he promised to refund me by the end of this week but nothing came",
        "I paid twice on Nov 18th, once 300 and once 450 RMB",
    ];

    public static string[] For(string culture) => culture == RecognizerCulture.Chinese ? Chinese : English;
}
