using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Early, late, earlier, later and the end of periods, days and dayparts. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishPartOfPeriodTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Theory]
    [InlineData("later this month", "2024-11-20", "2024-12-01")]
    [InlineData("earlier this month", "2024-11-01", "2024-11-16")]
    [InlineData("later this week", "2024-11-21", "2024-11-25")]
    [InlineData("earlier this week", "2024-11-18", "2024-11-20")]
    [InlineData("later in the year", "2024-11-20", "2025-01-01")]
    public void EarlierOrLater_TakesAHalfCutAtToday(string text, string start, string end)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal(start, value["start"]);
        Assert.Equal(end, value["end"]);
    }

    [Fact]
    public void EndOfRelativeYear_IsItsSecondHalf()
    {
        var value = OnlyValue(Recognize("end of this year"));

        Assert.Equal("end", value["Mod"]);
        Assert.Equal("2024-07-01", value["start"]);
    }

    [Fact]
    public void EndOfNamedYear_IsItsLastThirdWithoutTheArticle()
    {
        var result = Single(Recognizer.RecognizeDateTime("founded at the end of 2000", RecognizerCulture.English, Reference));

        Assert.Equal("end of 2000", result.Text);
        Assert.Equal("2000-09-01", OnlyValue(result)["start"]);
    }

    [Theory]
    [InlineData("by end of this month", "before-end", "2024-12-01")]
    [InlineData("before early september", "before-start", "2024-09-01")]
    public void BoundOnAPart_JoinsBothMods(string text, string mod, string end)
    {
        var values = Values(Recognize(text));

        Assert.All(values, v => Assert.Equal(mod, v["Mod"]));
        Assert.Contains(values, v => v["end"] == end);
    }

    [Theory]
    [InlineData("end of tomorrow", "2024-11-21 23:59:59")]
    [InlineData("the end of today", "2024-11-20 23:59:59")]
    [InlineData("the eod", "2024-11-20 23:59:59")]
    public void EndOfADay_IsItsLastSecond(string text, string expected)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.datetime", result.TypeName);
        Assert.Equal(expected, OnlyValue(result)["value"]);
    }

    [Theory]
    [InlineData("late afternoon", "end", "14:00:00", "16:00:00")]
    [InlineData("early morning", "start", "08:00:00", "10:00:00")]
    [InlineData("later in the evening", "end", "18:00:00", "20:00:00")]
    public void PartOfADaypart_IsItsHalf(string text, string mod, string start, string end)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal(mod, value["Mod"]);
        Assert.Equal(start, value["start"]);
        Assert.Equal(end, value["end"]);
    }

    [Fact]
    public void YearToDate_RunsFromJanuaryToToday()
    {
        var value = OnlyValue(Recognize("year to date"));

        Assert.Equal("2024-01-01", value["start"]);
        Assert.Equal("2024-11-20", value["end"]);
    }

    [Fact]
    public void ToDate_IsOpenUpToToday()
    {
        var value = OnlyValue(Recognize("to date"));

        Assert.Equal("PRESENT_REF", value["timex"]);
        Assert.Equal("before", value["Mod"]);
    }

    [Theory]
    [InlineData("tonight from 7 to 7:30", "(2024-11-20T19,2024-11-20T19:30,PT30M)")]
    [InlineData("between 7 and 9 last night", "(2024-11-19T19,2024-11-19T21,PT2H)")]
    [InlineData("yesterday afternoon from 3-8pm", "(2024-11-19T15,2024-11-19T20,PT5H)")]
    public void DaypartWithClockRange_IsOneRangeOnThatDayInThatHalf(string text, string timex)
    {
        var result = Recognize(text);

        Assert.Equal(text, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }
}
