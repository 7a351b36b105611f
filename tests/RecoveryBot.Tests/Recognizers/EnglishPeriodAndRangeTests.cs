using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Periods, ranges, bounds, durations and recurrences in English. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishPeriodAndRangeTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Theory]
    [InlineData("next week", "2024-W48", "2024-11-25", "2024-12-02")]
    [InlineData("last month", "2024-10", "2024-10-01", "2024-11-01")]
    [InlineData("may 2018", "2018-05", "2018-05-01", "2018-06-01")]
    [InlineData("2019 q3", "(2019-07-01,2019-10-01,P3M)", "2019-07-01", "2019-10-01")]
    [InlineData("last 3 months", "(2024-08-20,2024-11-20,P3M)", "2024-08-20", "2024-11-20")]
    public void Periods_CoverWholeDays(string text, string timex, string start, string end)
    {
        var value = Values(Recognize(text))[0];

        Assert.Equal((timex, start, end), (value["timex"], value["start"], value["end"]));
    }

    [Fact]
    public void YearRange_EndsWhereTheLastYearStarts()
    {
        Assert.Equal("(2014-01-01,2018-01-01,P4Y)", OnlyValue(Recognize("from 2014 to 2018"))["timex"]);
    }

    [Fact]
    public void HourRange_FirstHourBorrowsPm()
    {
        var value = OnlyValue(Recognize("5-6 pm"));

        Assert.Equal(("17:00:00", "18:00:00"), (value["start"], value["end"]));
    }

    [Fact]
    public void BeforeTime_IsOpenTimeRange()
    {
        var value = OnlyValue(Recognize("before 4pm"));

        Assert.Equal(("before", "16:00:00"), (value["Mod"], value["end"]));
    }

    [Fact]
    public void DayThenBoundedTime_IsOneRange()
    {
        var result = Recognize("today before 4pm");

        Assert.Equal("datetimeV2.datetimerange", result.TypeName);
        Assert.Equal("2024-11-20T16", OnlyValue(result)["timex"]);
    }

    [Theory]
    [InlineData("3 hours 30 minutes", "PT3H30M")]
    [InlineData("a few minutes", "PT3M")]
    public void Durations_SumTheirParts(string text, string timex)
    {
        Assert.Equal(timex, OnlyValue(Recognize(text))["timex"]);
    }

    [Theory]
    [InlineData("every monday", "XXXX-WXX-1")]
    [InlineData("weekly", "P1W")]
    public void Recurrences_AreSets(string text, string timex)
    {
        Assert.Equal(timex, OnlyValue(Recognize(text))["timex"]);
    }

    [Theory]
    [InlineData("You may not!")]
    [InlineData("Good morning Paul")]
    public void ModalMayAndGreetings_AreNotDates(string text)
    {
        Assert.Empty(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));
    }
}
