using System.Diagnostics;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;

namespace RecoveryBot.Tests.Recognizers;

public class RobustnessTests
{
    private const string Alphabet = "0123456789一二三四五六七八九十百千万亿两半点分之年月日号周天时刻前后上下午晚早昨今明块元毛角第世纪从到或每的最后$¥￥,.:/-~ amphourdayweekyearagotonextlastfromtobetweenbeforeqh号個";

    [Fact]
    public void RandomText_NeverThrowsAndSpansStayInside()
    {
        var random = new Random(20241120);
        for (var n = 0; n < 6000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            foreach (var culture in (string[])[RecognizerCulture.Chinese, RecognizerCulture.English])
            {
                var results = Recognizer.RecognizeNumber(text, culture)
                    .Concat(Recognizer.RecognizeCurrency(text, culture))
                    .Concat(Recognizer.RecognizeDateTime(text, culture, RecognizerAssert.Reference));
                foreach (var r in results)
                {
                    Assert.True(r.Start >= 0 && r.End < text.Length && r.Start <= r.End, $"bad span in '{text}'");
                    Assert.Equal(text.Substring(r.Start, r.End - r.Start + 1), r.Text);
                }

                _ = SituationExtractor.Extract(text, culture, RecognizerAssert.Reference, amountExpected: true);
            }
        }
    }

    [Theory]
    [InlineData("九百九十九世纪九十年代")]
    [InlineData("2021年的第60周")]
    [InlineData("week 53 of 2021")]
    [InlineData("0000年1月1日到9999年12月31日")]
    [InlineData("今年的最后999周")]
    public void CalendarEdges_DoNotThrow(string text)
    {
        _ = Recognizer.RecognizeDateTime(text, RecognizerCulture.Chinese, RecognizerAssert.Reference);
        _ = Recognizer.RecognizeDateTime(text, RecognizerCulture.English, RecognizerAssert.Reference);
    }

    [Fact]
    public void ExtremeNumbers_DoNotOverflow()
    {
        const string Text = "99999999999999999999999999999999万亿 1e999 9^999 999999年前 9999999天后 9999999999999 MUSD 99999999999999999999999 trillion trillion dollars";

        var zh = SituationExtractor.Extract(Text, RecognizerCulture.Chinese, RecognizerAssert.Reference, amountExpected: true);
        var en = SituationExtractor.Extract(Text, RecognizerCulture.English, RecognizerAssert.Reference, amountExpected: true);

        Assert.NotNull(zh);
        Assert.NotNull(en);
    }

    [Fact]
    public void SentenceLevelThroughput_IsFarAboveAThousandPerSecond()
    {
        string[] sentences = ["我三个小时前转错了500块给一个不认识的人，他还没收款", "I sent 500 yuan to the wrong person 2 hours ago"];
        _ = SituationExtractor.Extract(sentences[0], RecognizerCulture.Chinese, RecognizerAssert.Reference);
        _ = SituationExtractor.Extract(sentences[1], RecognizerCulture.English, RecognizerAssert.Reference);

        var watch = Stopwatch.StartNew();
        for (var n = 0; n < 1000; n++)
        {
            _ = SituationExtractor.Extract(sentences[n % 2], n % 2 == 0 ? RecognizerCulture.Chinese : RecognizerCulture.English, RecognizerAssert.Reference);
        }

        // A generous bound so a loaded CI machine does not fail; measured throughput is far higher.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"1000 extractions took {watch.Elapsed.TotalMilliseconds} ms");
    }
}
