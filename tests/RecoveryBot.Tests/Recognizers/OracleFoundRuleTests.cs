using System.Globalization;
using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>The rule families the reference-library oracle found missing, each in several wordings.</summary>
public class OracleFoundRuleTests
{
    [Theory]
    [InlineData("我转错了600CNY，能退回来吗", "600CNY", "600")]
    [InlineData("被骗了3000rmb", "3000rmb", "3000")]
    [InlineData("给他转了RMB 48547", "RMB 48547", "48547")]
    [InlineData("付了CNY500", "CNY500", "500")]
    public void CurrencyCode_InChineseText_IsYuan(string text, string span, string value)
    {
        var result = Single(Recognizer.RecognizeCurrency(text, RecognizerCulture.Chinese));

        Assert.Equal(span, result.Text);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Value(result));
        Assert.Equal("CNY", result.Resolution["isoCurrency"]);
    }

    [Theory]
    [InlineData("I was scammed out of 25374 CNY 6 days ago", "25374")]
    [InlineData("I lost 96,140 RMB two hours ago", "96140")]
    [InlineData("paid 15 dollars 3 times", "15")]
    [InlineData("it costs only 15 dollars 50.", "15.5")]
    public void NumberCountingSomethingElse_IsNoUnsaidSmallerUnit(string text, string value)
    {
        var result = Single(Recognizer.RecognizeCurrency(text, RecognizerCulture.English));

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Value(result));
    }

    [Theory]
    [InlineData("3天前的下午被骗了", "3天前的下午", "2024-11-17 12:00:00")]
    [InlineData("两天前晚上8点转的", "两天前晚上8点", "2024-11-18 20:00:00")]
    [InlineData("上周五的晚上", "上周五的晚上", "2024-11-15 16:00:00")]
    [InlineData("昨天的下午3点", "昨天的下午3点", "2024-11-19 15:00:00")]
    public void ChineseDay_TakesTheTimeOfDayAfterIt(string text, string span, string start)
    {
        var result = Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.Chinese, Reference));

        Assert.Equal(span, result.Text);
        var value = OnlyValue(result);
        Assert.Equal(start, value.GetValueOrDefault("value") ?? value["start"]);
    }

    [Theory]
    [InlineData("two days ago at 11am I sent it", "two days ago at 11am", "2024-11-18 11:00:00")]
    [InlineData("3 days ago at 3pm", "3 days ago at 3pm", "2024-11-17 15:00:00")]
    [InlineData("a week ago at 9:30 pm", "a week ago at 9:30 pm", "2024-11-13 21:30:00")]
    public void EnglishCountedDay_TakesTheClockTimeAfterIt(string text, string span, string moment)
    {
        var result = Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

        Assert.Equal(span, result.Text);
        Assert.Equal("datetimeV2.datetime", result.TypeName);
        Assert.Equal(moment, OnlyValue(result)["value"]);
    }

    [Theory]
    [InlineData("at 12:55", "12:55:00", "00:55:00")]
    [InlineData("today at 12:50", "2024-11-20 12:50:00", "2024-11-20 00:50:00")]
    [InlineData("at 12", "12:00:00", "00:00:00")]
    public void TwelveWithoutAmOrPm_IsNoonOrMidnight(string text, string noon, string midnight)
    {
        var result = Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

        Assert.Equal([noon, midnight], Values(result).Select(v => v["value"]));
    }

    [Theory]
    [InlineData("11月20日晚上8点", "2023-11-20 20:00:00", "2024-11-20 20:00:00")]
    [InlineData("20日晚上8点", "2024-10-20 20:00:00", "2024-11-20 20:00:00")]
    [InlineData("11月20日下午3点", "2024-11-20 15:00:00", "2025-11-20 15:00:00")]
    public void RecurringDayToday_WithATimeStillAhead_IsReadAtItsLastOccurrence(string text, string past, string future)
    {
        var result = Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.Chinese, Reference));

        Assert.Equal([past, future], Values(result).Select(v => v["value"]));
    }
}
