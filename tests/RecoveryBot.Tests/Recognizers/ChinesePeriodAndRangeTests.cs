using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Periods, ranges, bounds, durations and recurrences in Chinese. Reference: Wednesday 2024-11-20 15:30.</summary>
public class ChinesePeriodAndRangeTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.Chinese, Reference));

    [Theory]
    [InlineData("2009年", "2009", "2009-01-01", "2010-01-01")]
    [InlineData("明年", "2025", "2025-01-01", "2026-01-01")]
    [InlineData("2018年12月", "2018-12", "2018-12-01", "2019-01-01")]
    [InlineData("上个月", "2024-10", "2024-10-01", "2024-11-01")]
    [InlineData("上周", "2024-W46", "2024-11-11", "2024-11-18")]
    [InlineData("去年上半年", "(2023-01-01,2023-07-01,P6M)", "2023-01-01", "2023-07-01")]
    public void Periods_CoverWholeDays(string text, string timex, string start, string end)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal((timex, start, end), (value["timex"], value["start"], value["end"]));
    }

    [Fact]
    public void DayRange_SecondDayBorrowsTheMonth()
    {
        var result = Recognize("从2016年6月1日到30日");

        Assert.Equal("datetimeV2.daterange", result.TypeName);
        Assert.Equal("(2016-06-01,2016-06-30,P29D)", OnlyValue(result)["timex"]);
    }

    [Fact]
    public void TimeRange_EndBorrowsThePartOfTheDay()
    {
        var value = OnlyValue(Recognize("下午五点一刻到六点"));

        Assert.Equal(("(T17:15,T18,PT45M)", "17:15:00", "18:00:00"), (value["timex"], value["start"], value["end"]));
    }

    [Theory]
    [InlineData("2018年以前", "before", null, "2018-01-01")]
    [InlineData("2018年之后", "after", "2019-01-01", null)]
    [InlineData("2019年8月6日或之后", "since", "2019-08-06", null)]
    [InlineData("2019年4月5日或之前", "until", null, "2019-04-05")]
    public void Bounds_OpenOneEnd(string text, string mod, string? start, string? end)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal(mod, value["Mod"]);
        Assert.Equal(start, value.GetValueOrDefault("start"));
        Assert.Equal(end, value.GetValueOrDefault("end"));
    }

    [Theory]
    [InlineData("两年", "P2Y", "63072000")]
    [InlineData("半小时", "PT0.5H", "1800")]
    [InlineData("8天20小时", "P8DT20H", "763200")]
    [InlineData("一个星期又三天", "P1W3D", "864000")]
    public void Durations_SumTheirParts(string text, string timex, string seconds)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.duration", result.TypeName);
        Assert.Equal((timex, seconds), (OnlyValue(result)["timex"], OnlyValue(result)["value"]));
    }

    [Theory]
    [InlineData("每天", "P1D")]
    [InlineData("每周一下午八点", "XXXX-WXX-1T20")]
    public void Recurrences_AreSets(string text, string timex)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.set", result.TypeName);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }

    [Fact]
    public void YearWrittenDigitByDigit_IsAYearNotRelative()
    {
        Assert.Equal("2015", OnlyValue(Recognize("2015年前"))["timex"]);
    }

    [Fact]
    public void Titles_AreLeftAlone()
    {
        var results = Recognizer.RecognizeDateTime("《明日之后》将于明日上线", RecognizerCulture.Chinese, Reference);

        Assert.Equal([8], results.Select(r => r.Start));
    }
}
