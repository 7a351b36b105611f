using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

public class CurrencyTests
{
    private static ModelResult Chinese(string text) => Single(Recognizer.RecognizeCurrency(text, RecognizerCulture.Chinese));

    private static ModelResult English(string text) => Single(Recognizer.RecognizeCurrency(text, RecognizerCulture.English));

    [Theory]
    [InlineData("我有一千元", "一千元", "1000")]
    [InlineData("转了500块", "500块", "500")]
    [InlineData("两块五", "两块五", "2.5")]
    [InlineData("三块八毛八", "三块八毛八", "3.88")]
    [InlineData("这个手机壳五元三毛", "五元三毛", "5.3")]
    [InlineData("8亿元人民币", "8亿元人民币", "800000000")]
    [InlineData("￥300", "￥300", "300")]
    public void ChineseYuan_SumsItsSmallerUnits(string text, string span, string value)
    {
        var result = Chinese(text);

        Assert.Equal(span, result.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Value(result));
        Assert.Equal("Chinese yuan", Unit(result));
        Assert.Equal("CNY", result.Resolution["isoCurrency"]);
    }

    [Theory]
    [InlineData("五毛", "Jiao", "5")]
    [InlineData("八分钱", "Fen", "8")]
    [InlineData("两美元又三美分", "United States dollar", "2.03")]
    [InlineData("一千港币", "Hong Kong dollar", "1000")]
    [InlineData("200美金", "United States dollar", "200")]
    public void ChineseOtherUnits_KeepTheirUpstreamNames(string text, string unit, string value)
    {
        var result = Chinese(text);

        Assert.Equal(unit, Unit(result));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Value(result));
    }

    [Fact]
    public void ChineseMinutes_AreNotFen()
    {
        Assert.Empty(Recognizer.RecognizeCurrency("10分钟前", RecognizerCulture.Chinese));
    }

    [Fact]
    public void ChinesePieceOfCake_IsNotYuan()
    {
        Assert.Empty(Recognizer.RecognizeCurrency("一块蛋糕", RecognizerCulture.Chinese));
    }

    [Theory]
    [InlineData("三块地")]
    [InlineData("两块西瓜")]
    [InlineData("我们一块去银行")]
    public void ChinesePiecesAndTogether_AreNotYuan(string text)
    {
        Assert.Empty(Recognizer.RecognizeCurrency(text, RecognizerCulture.Chinese));
    }

    [Theory]
    [InlineData("红包里的200块被抢光了", "200")]
    [InlineData("五百块已经退回来了", "500")]
    [InlineData("那3万块被他拿走了", "30000")]
    [InlineData("八十八块他秒收", "88")]
    public void ChineseYuan_FollowedByAVerb_IsStillYuan(string text, string value)
    {
        var results = Recognizer.RecognizeCurrency(text, RecognizerCulture.Chinese);

        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Value(Assert.Single(results)));
    }

    [Fact]
    public void CurrencyNameAlone_HasNoValue()
    {
        var results = Recognizer.RecognizeCurrency("人民币 美元", RecognizerCulture.Chinese);

        Assert.Equal(["Chinese yuan", "United States dollar"], results.Select(Unit));
        Assert.All(results, r => Assert.Null(r.Resolution["value"]));
    }

    [Theory]
    [InlineData("I sent 500 yuan", "500 yuan", "Chinese yuan", "500")]
    [InlineData("500 RMB", "500 RMB", "Chinese yuan", "500")]
    [InlineData("CNY 500", "CNY 500", "Chinese yuan", "500")]
    [InlineData("USD 200", "USD 200", "United States dollar", "200")]
    [InlineData("1000 HKD", "1000 HKD", "Hong Kong dollar", "1000")]
    [InlineData("it cost $20", "$20", "Dollar", "20")]
    [InlineData("50 bucks", "50 bucks", "Dollar", "50")]
    [InlineData("it only cost 3 dollars 50 cents.", "3 dollars 50 cents", "Dollar", "3.5")]
    public void EnglishAmounts_AreRead(string text, string span, string unit, string value)
    {
        var result = English(text);

        Assert.Equal(span, result.Text);
        Assert.Equal(unit, Unit(result));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Value(result));
    }

    [Fact]
    public void BareDollar_HasNoIsoCode()
    {
        Assert.False(English("$20").Resolution.ContainsKey("isoCurrency"));
    }
}
