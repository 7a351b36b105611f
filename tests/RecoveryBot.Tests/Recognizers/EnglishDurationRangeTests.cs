using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Stretches given by a start and a length, and bounded lengths. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishDurationRangeTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Theory]
    [InlineData("for 3 hours from 10 am", "(T10,T13:00:00,PT3H)")]
    [InlineData("from 9 for 2.5 hrs", "(T09,T11:30:00,PT2H30M)")]
    public void TimeWithALength_IsATimeRange(string text, string timex)
    {
        var result = Recognize(text);

        Assert.Equal(text, result.Text);
        Assert.Equal("datetimeV2.timerange", result.TypeName);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }

    [Fact]
    public void LengthStartingOnADay_IsADateRangeWithoutFor()
    {
        var result = Single(Recognizer.RecognizeDateTime("set ooo for a week starting tomorrow", RecognizerCulture.English, Reference));

        Assert.Equal("a week starting tomorrow", result.Text);
        Assert.Equal("(2024-11-21,2024-11-28,P1W)", OnlyValue(result)["timex"]);
    }

    [Fact]
    public void DayWithTimeAndALength_IsADateTimeRange()
    {
        var value = OnlyValue(Recognize("a day starting this friday at 5 pm"));

        Assert.Equal("(2024-11-22T17:00:00,2024-11-23T17:00:00,P1D)", value["timex"]);
    }

    [Theory]
    [InlineData("more than 4 days", "more", "345600")]
    [InlineData("less than 1 week", "less", "604800")]
    public void BoundedLength_IsADurationWithMod(string text, string mod, string seconds)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.duration", result.TypeName);
        Assert.Equal(mod, OnlyValue(result)["Mod"]);
        Assert.Equal(seconds, OnlyValue(result)["value"]);
    }

    [Fact]
    public void MoreThanDaysBeforeADay_IsOpenBeforeTheCountedDay()
    {
        var value = OnlyValue(Recognize("more than 2 days before yesterday"));

        Assert.Equal("before", value["Mod"]);
        Assert.Equal("2024-11-17", value["end"]);
    }

    [Fact]
    public void LessThanDaysAfterADay_RunsFromThatDay()
    {
        Assert.Equal("(2024-11-21,2024-11-24,P3D)", OnlyValue(Recognize("less than 3 days after tomorrow"))["timex"]);
    }
}
