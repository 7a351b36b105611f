using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Holidays by name, and days counted from them. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishHolidayTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Fact]
    public void HolidayWithoutYear_HasPastAndFutureOccurrence()
    {
        var result = Recognize("christmas");

        Assert.Equal("datetimeV2.date", result.TypeName);
        Assert.All(Values(result), v => Assert.Equal("XXXX-12-25", v["timex"]));
        Assert.Equal(["2023-12-25", "2024-12-25"], Values(result).Select(v => v["value"]));
    }

    [Theory]
    [InlineData("easter 2018", "2018-04-01")]
    [InlineData("good friday 2024", "2024-03-29")]
    [InlineData("independence day of this year", "2024-07-04")]
    [InlineData("thanksgiving 2024", "2024-11-28")]
    [InlineData("memorial day 2024", "2024-05-27")]
    public void HolidayWithYear_IsOneDay(string text, string expected)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal(expected, value["timex"]);
        Assert.Equal(expected, value["value"]);
    }

    [Theory]
    [InlineData("last easter", "2024-03-31")]
    [InlineData("next thanksgiving", "2024-11-28")]
    [InlineData("next new year day", "2025-01-01")]
    public void RelativeHoliday_IsTheNearestOccurrenceThatWay(string text, string expected)
    {
        Assert.Equal(expected, OnlyValue(Recognize(text))["value"]);
    }

    [Theory]
    [InlineData("2 weeks before christmas", "2024-12-11")]
    [InlineData("5 days before new year", "2024-12-27")]
    [InlineData("3 days after january 12th", "2025-01-15")]
    [InlineData("16 days from 01/02/2018", "2018-01-18")]
    public void DaysCountedFromAnotherDay_AreOneDate(string text, string expected)
    {
        var result = Recognize(text);

        Assert.Equal(text, result.Text);
        Assert.Equal(expected, OnlyValue(result)["value"]);
    }
}
