using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Ranges counted in business days or quarters, and ranges whose ends are parts of periods. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishCountedRangeTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Theory]
    [InlineData("next 4 business days", "(2024-11-21,2024-11-27,P4BD)")]
    [InlineData("previous 4 business days", "(2024-11-14,2024-11-20,P4BD)")]
    public void BusinessDays_SkipWeekends(string text, string timex)
    {
        Assert.Equal(timex, OnlyValue(Recognize(text))["timex"]);
    }

    [Fact]
    public void PastQuartersInWords_AreWholeQuartersBeforeThisOne()
    {
        var value = OnlyValue(Recognize("past two quarters"));

        Assert.Equal("2024-04-01", value["start"]);
        Assert.Equal("2024-10-01", value["end"]);
    }

    [Theory]
    [InlineData("from 2007 to the end of 2008", "(2007-01-01,2009-01-01,P24M)")]
    [InlineData("between the end of 2007 and the end of 2008", "(2008-01-01,2009-01-01,P12M)")]
    [InlineData("from the middle of 2007 to the end of 2008", "(2007-07-02,2009-01-01,P18M)")]
    public void RangeBetweenPartsOfYears_StartsAndEndsAtThoseParts(string text, string timex)
    {
        Assert.Equal(timex, OnlyValue(Recognize(text))["timex"]);
    }

    [Fact]
    public void RangeBetweenPartsOfYearlessMonths_KeepsBothYears()
    {
        var values = Values(Recognize("from the end of March to the middle of September"));

        Assert.All(values, v => Assert.Equal("(XXXX-04-01,XXXX-09-16,P5M)", v["timex"]));
        Assert.Equal(2, values.Count);
    }

    [Theory]
    [InlineData("set something up the 21st")]
    [InlineData("where were you the 12th")]
    public void OrdinalDayWithoutOn_IsNotADate(string text)
    {
        Assert.Empty(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));
    }

    [Fact]
    public void OrdinalDayAfterOn_IsADate()
    {
        Assert.Equal("the 4th", Recognize("on the 4th").Text);
    }

    [Theory]
    [InlineData("first week of jan 2015", "2015-01-W01", "2014-12-29")]
    [InlineData("the last week of dec 2016", "2016-12-W05", "2016-12-26")]
    [InlineData("the last week of july 2017", "2017-07-W05", "2017-07-24")]
    public void WeekOfMonth_IsTheWeekWhoseThursdayIsInThatMonth(string text, string timex, string monday)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal(timex, value["timex"]);
        Assert.Equal(monday, value["start"]);
    }

    [Theory]
    [InlineData("w/c feb 4 2025")]
    [InlineData("the week beginning february 4 2025")]
    [InlineData("the week commencing feb 4 2025")]
    public void WeekAroundADay_RunsFromItsMonday(string text)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal("2025-02-03", value["start"]);
        Assert.Equal("2025-02-10", value["end"]);
    }

    [Theory]
    [InlineData("between 3 and 12 of sept", "(XXXX-09-03,XXXX-09-12,P9D)")]
    [InlineData("9 to 12 of june", "(XXXX-06-09,XXXX-06-12,P3D)")]
    [InlineData("between ninth and seventeenth of april", "(XXXX-04-09,XXXX-04-17,P8D)")]
    public void TwoDaysBeforeTheirMonth_AreADayRangeInBothYears(string text, string timex)
    {
        var values = Values(Recognize(text));

        Assert.Equal(2, values.Count);
        Assert.All(values, v => Assert.Equal(timex, v["timex"]));
    }

    [Theory]
    [InlineData("from 5/1-5/7/2020", "(2020-05-01,2020-05-07,P6D)")]
    [InlineData("from 5/1-5/7, 2020", "(2020-05-01,2020-05-07,P6D)")]
    [InlineData("10/1/2018-10/7/2018", "(2018-10-01,2018-10-07,P6D)")]
    [InlineData("from 10-1-2018-10-7-2018", "(2018-10-01,2018-10-07,P6D)")]
    [InlineData("5/1/2019-5/7/2020", "(2019-05-01,2020-05-07,P372D)")]
    public void NumericDatesJoinedByADash_ShareTheYearSaidOnce(string text, string timex)
    {
        var result = Recognize(text);

        Assert.Equal(text, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }

    [Fact]
    public void NumericRangeFromADayThatDoesNotExist_IsNotResolved()
    {
        var value = OnlyValue(Recognize("2/29-3/1/2019"));

        Assert.Equal("(2019-02-29,2019-03-01,PXD)", value["timex"]);
        Assert.Equal("not resolved", value["value"]);
    }

    [Theory]
    [InlineData("2014 through may 2018", "(2014-01-01,2018-05-01,P52M)")]
    [InlineData("from 2017 q1 to 2018 q1", "(2017-01-01,2018-01-01,P12M)")]
    public void RangeBetweenPeriodsOfDifferentSizes_EndsWhereTheSecondStarts(string text, string timex)
    {
        Assert.Equal(timex, OnlyValue(Recognize(text))["timex"]);
    }

    [Fact]
    public void RangeToABareWeekday_EndsInTheStartsWeek()
    {
        Assert.Equal("(2024-11-25,2024-11-29,P4D)", OnlyValue(Recognize("from next monday to friday"))["timex"]);
    }
}
