using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishDateTimeTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Theory]
    [InlineData("2 hours ago", "2024-11-20 13:30:00")]
    [InlineData("half an hour ago", "2024-11-20 15:00:00")]
    [InlineData("an hour ago", "2024-11-20 14:30:00")]
    [InlineData("20 minutes ago", "2024-11-20 15:10:00")]
    public void AgoExpressions_CountBackFromTheReference(string text, string expected)
    {
        var result = Recognize(text);

        Assert.Equal(text, result.Text);
        Assert.Equal(expected, OnlyValue(result)["value"]);
    }

    [Fact]
    public void JustNow_IsThePastReference()
    {
        Assert.Equal("PAST_REF", OnlyValue(Recognize("just now"))["timex"]);
    }

    [Fact]
    public void YesterdayAtEightPm_IsADateTime()
    {
        var result = Recognize("yesterday at 8pm");

        Assert.Equal("datetimeV2.datetime", result.TypeName);
        Assert.Equal("2024-11-19T20", OnlyValue(result)["timex"]);
    }

    [Fact]
    public void LastFriday_IsFridayOfLastWeek()
    {
        Assert.Equal("2024-11-15", OnlyValue(Recognize("last Friday"))["value"]);
    }

    [Fact]
    public void ThisMorning_IsTodaysMorning()
    {
        var value = OnlyValue(Recognize("this morning"));

        Assert.Equal("2024-11-20TMO", value["timex"]);
        Assert.Equal("2024-11-20 08:00:00", value["start"]);
    }

    [Fact]
    public void MonthAndDayOfToday_PastIsTodayFutureIsNextYear()
    {
        var values = Values(Recognize("Nov 20"));

        Assert.Equal(["2024-11-20", "2025-11-20"], values.Select(v => v["value"]));
    }

    [Fact]
    public void WeekdayWithDayOfMonth_IsTheMatchingDate()
    {
        Assert.Equal("2024-11-29", OnlyValue(Recognize("friday the 29th"))["value"]);
    }

    [Fact]
    public void WeekdayOfToday_PastReadingIsLastWeek()
    {
        Assert.Equal(["2024-11-13", "2024-11-20"], Values(Recognize("wednesday")).Select(v => v["value"]));
    }

    [Fact]
    public void LastNightAtEight_IsEightInTheEvening()
    {
        Assert.Equal("2024-11-19 20:00:00", OnlyValue(Recognize("last night at 8"))["value"]);
    }
}
