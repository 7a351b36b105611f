using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Reference: Wednesday 2024-11-20 15:30.</summary>
public class ChineseDateTimeTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.Chinese, Reference));

    [Theory]
    [InlineData("三个小时前", "2024-11-20 12:30:00")]
    [InlineData("半小时前", "2024-11-20 15:00:00")]
    [InlineData("半个小时前", "2024-11-20 15:00:00")]
    [InlineData("一个半小时前", "2024-11-20 14:00:00")]
    [InlineData("10分钟前", "2024-11-20 15:20:00")]
    [InlineData("2小时后", "2024-11-20 17:30:00")]
    public void RelativeOffsets_CountFromTheReference(string text, string expected)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.datetime", result.TypeName);
        Assert.Equal(expected, OnlyValue(result)["value"]);
    }

    [Fact]
    public void MoreThanAnHourAgo_CoversTheHourBefore()
    {
        var value = OnlyValue(Recognize("一个多小时前"));

        Assert.Equal("2024-11-20 13:30:00", value["start"]);
        Assert.Equal("2024-11-20 14:30:00", value["end"]);
    }

    [Fact]
    public void DaysAgo_IsADate()
    {
        var result = Recognize("5天前");

        Assert.Equal("datetimeV2.date", result.TypeName);
        Assert.Equal("2024-11-15", OnlyValue(result)["value"]);
    }

    [Theory]
    [InlineData("刚才")]
    [InlineData("刚刚")]
    public void JustNow_IsTheReference(string text)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal("PAST_REF", value["timex"]);
        Assert.Equal("2024-11-20 15:30:00", value["value"]);
    }

    [Theory]
    [InlineData("前天", "2024-11-18")]
    [InlineData("昨天", "2024-11-19")]
    [InlineData("明天", "2024-11-21")]
    [InlineData("上周三", "2024-11-13")]
    [InlineData("上周日", "2024-11-17")]
    [InlineData("下周一", "2024-11-25")]
    [InlineData("2016年3月1日", "2016-03-01")]
    public void Days_ResolveToOneDate(string text, string expected)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.date", result.TypeName);
        Assert.Equal(expected, OnlyValue(result)["value"]);
    }

    [Fact]
    public void WeekdayAlone_HasPastAndFutureReadings()
    {
        var values = Values(Recognize("周五"));

        Assert.Equal(["2024-11-15", "2024-11-22"], values.Select(v => v["value"]));
        Assert.All(values, v => Assert.Equal("XXXX-WXX-5", v["timex"]));
    }

    [Fact]
    public void MonthDayWithoutYear_HasPastAndFutureReadings()
    {
        var values = Values(Recognize("11月21日"));

        Assert.Equal(["2023-11-21", "2024-11-21"], values.Select(v => v["value"]));
    }

    [Theory]
    [InlineData("今天下午三点", "2024-11-20T15", "2024-11-20 15:00:00")]
    [InlineData("昨天晚上8点", "2024-11-19T20", "2024-11-19 20:00:00")]
    [InlineData("今早8点十五分", "2024-11-20T08:15", "2024-11-20 08:15:00")]
    [InlineData("昨晚九点半", "2024-11-19T21:30", "2024-11-19 21:30:00")]
    public void DaypartShiftsTheClock(string text, string timex, string value)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.datetime", result.TypeName);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
        Assert.Equal(value, OnlyValue(result)["value"]);
    }

    [Fact]
    public void HourAndMore_CoversTheWholeHour()
    {
        var result = Recognize("11月20日晚上9点多");

        Assert.Equal("datetimeV2.datetimerange", result.TypeName);
        // Said at 15:30 on 20 November: this year's 21:00 is still ahead, so it is the future reading.
        var thisYear = Values(result).Single(v => v["start"].StartsWith("2024-", StringComparison.Ordinal));
        Assert.Equal("2024-11-20 21:00:00", thisYear["start"]);
        Assert.Equal("2024-11-20 22:00:00", thisYear["end"]);
    }

    [Fact]
    public void BareClockTime_IsAmbiguousBetweenMorningAndEvening()
    {
        var result = Recognize("一点零五分");

        Assert.Equal("datetimeV2.time", result.TypeName);
        Assert.Equal(["01:05:00", "13:05:00"], Values(result).Select(v => v["value"]));
    }

    [Theory]
    [InlineData("上午", "TMO")]
    [InlineData("下午", "TAF")]
    [InlineData("晚上", "TEV")]
    public void DaypartAlone_IsATimeRange(string text, string timex)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.timerange", result.TypeName);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }

    [Fact]
    public void YesterdayMidnight_IsADateTimeRange()
    {
        var result = Recognize("昨天半夜");

        Assert.Equal("datetimeV2.datetimerange", result.TypeName);
        Assert.StartsWith("2024-11-19", OnlyValue(result)["start"], StringComparison.Ordinal);
    }

    [Fact]
    public void ALittle_IsNotOneOClock()
    {
        Assert.Empty(Recognizer.RecognizeDateTime("有一点儿贵", RecognizerCulture.Chinese, Reference));
    }
}
