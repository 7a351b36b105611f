using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Weekdays with days of the month, clock times and hour ranges. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishWeekdayTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Fact]
    public void WeekdayWithBareDayOfMonth_KeepsTheNearestMatchingDatesBothWays()
    {
        var values = Values(Recognize("Mon 13th"));

        Assert.All(values, v => Assert.Equal("XXXX-WXX-1", v["timex"]));
        Assert.Equal(["2024-05-13", "2025-01-13"], values.Select(v => v["value"]));
    }

    [Fact]
    public void WeekdayWithBareDayOfToday_IsToday()
    {
        var result = Single(Recognizer.RecognizeDateTime("any plans on Wednesday 20?", RecognizerCulture.English, Reference));

        Assert.Equal("2024-11-20", OnlyValue(result)["value"]);
    }

    [Fact]
    public void WeekdayFollowedByClockTime_IsADateTime()
    {
        var result = Recognize("next week Mon 9 am");

        Assert.Equal("datetimeV2.datetime", result.TypeName);
        Assert.Equal("2024-11-25 09:00:00", OnlyValue(result)["value"]);
    }

    [Fact]
    public void HourRangeWithoutHalves_EndsAtTheNextReadingOfTheEnd()
    {
        var values = Values(Recognize("wednesday from 10-4"));

        Assert.Contains(values, v => v["timex"] == "(XXXX-WXX-3T10,XXXX-WXX-3T16,PT6H)");
        Assert.Contains(values, v => v["timex"] == "(XXXX-WXX-3T22,XXXX-WXX-4T04,PT6H)");
    }

    [Fact]
    public void HourRangeFromTwelve_ReadsTwelveAsMidnightOrNoon()
    {
        var timexes = Values(Recognize("Monday 12-4")).Select(v => v["timex"]).Distinct();

        Assert.Equal(["(XXXX-WXX-1T00,XXXX-WXX-1T04,PT4H)", "(XXXX-WXX-1T12,XXXX-WXX-1T16,PT4H)"], timexes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("this upcoming friday", "2024-11-22")]
    [InlineData("following friday", "2024-11-29")]
    public void UpcomingOrFollowingWeekday_IsThisOrNextWeeks(string text, string expected)
    {
        Assert.Equal(expected, OnlyValue(Recognize(text))["value"]);
    }

    [Fact]
    public void TheDayBefore_IsYesterday()
    {
        Assert.Equal("2024-11-19", OnlyValue(Recognize("the day before"))["value"]);
    }
}
