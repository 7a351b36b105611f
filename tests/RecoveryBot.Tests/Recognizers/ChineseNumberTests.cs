using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

public class ChineseNumberTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeNumber(text, RecognizerCulture.Chinese));

    [Theory]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("一百五十二", 152)]
    [InlineData("一千零一", 1001)]
    [InlineData("三万五千", 35000)]
    [InlineData("四千零五万", 40050000)]
    [InlineData("五亿一万四千六百", 500014600)]
    [InlineData("四万万", 400000000)]
    [InlineData("一万五千亿", 1500000000000)]
    public void Numerals_WithUnits_ComposeByPosition(string text, long expected)
    {
        Assert.Equal(expected, Value(Recognize(text)));
    }

    [Theory]
    [InlineData("两千五", 2500)]
    [InlineData("九万四", 94000)]
    [InlineData("百三", 130)]
    [InlineData("1万2", 12000)]
    public void TrailingDigit_AfterUnit_MeansTheNextLowerUnit(string text, long expected)
    {
        Assert.Equal(expected, Value(Recognize(text)));
    }

    [Fact]
    public void TrailingDigit_AfterZero_IsUnits()
    {
        Assert.Equal(1005m, Value(Recognize("一千零五")));
    }

    [Theory]
    [InlineData("壹佰伍拾", 150)]
    [InlineData("兩千四百五", 2450)]
    [InlineData("5万4千6百", 54600)]
    [InlineData("3万4000", 34000)]
    [InlineData("４，５６５", 4565)]
    public void FinancialTraditionalAndMixedDigits_AreRead(string text, long expected)
    {
        Assert.Equal(expected, Value(Recognize(text)));
    }

    [Theory]
    [InlineData("十五点七", "15.7")]
    [InlineData("负六点六", "-6.6")]
    [InlineData("2.3万", "23000")]
    [InlineData("五分之一", "0.2")]
    [InlineData("3又一千分之23", "3.023")]
    public void DecimalsFractionsAndSigns_AreRead(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Value(Recognize(text)));
    }

    [Theory]
    [InlineData("十 余 万", 100000)]
    [InlineData("二十几万", 200000)]
    public void Approximations_KeepTheOrderOfMagnitude(string text, long expected)
    {
        Assert.Equal(expected, Value(Recognize(text)));
    }

    [Fact]
    public void ApproximationWithoutUnit_IsLeftOut()
    {
        var result = Recognize("四百多");

        Assert.Equal("四百", result.Text);
        Assert.Equal(400m, Value(result));
    }

    [Theory]
    [InlineData("一切")]
    [InlineData("陆地上有许多动物")]
    [InlineData("小明拾起石子")]
    [InlineData("万万")]
    [InlineData("两两")]
    public void WordsContainingNumerals_AreNotNumbers(string text)
    {
        Assert.Empty(Recognizer.RecognizeNumber(text, RecognizerCulture.Chinese));
    }

    [Fact]
    public void Half_DecimalPointFollowedByLiang_IsTwoNumbers()
    {
        var results = Recognizer.RecognizeNumber("一点两小时的会议", RecognizerCulture.Chinese);

        Assert.Equal(["一", "两"], results.Select(r => r.Text));
    }

    [Fact]
    public void Spans_AreInclusiveUtf16Indices()
    {
        var result = Recognize("小明有十个手指头");

        Assert.Equal((3, 3), (result.Start, result.End));
        Assert.Equal("number", result.TypeName);
    }
}
