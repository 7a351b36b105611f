using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>Recurring times with a clock time or a day of the month, and stretches with "now" at one end. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishRecurringAndToNowTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Theory]
    [InlineData("I'll leave every day at 7:13 p.m.", "every day at 7:13 p.m.", "T19:13")]
    [InlineData("I'll leave every evening at 7:13 p.m.", "every evening at 7:13 p.m.", "T19:13")]
    [InlineData("I'll leave everyday 6am", "everyday 6am", "T06")]
    [InlineData("remind me to pay on 19th of every month", "19th of every month", "XXXX-XX-19")]
    [InlineData("every other day", "every other day", "P2D")]
    [InlineData("report each quarter", "each quarter", "P3M")]
    [InlineData("the bi-monthly drills", "bi-monthly", "P2M")]
    [InlineData("meet semi-annually", "semi-annually", "P0.5Y")]
    public void RecurringExpression_IsASetWithItsTimex(string text, string expectedText, string timex)
    {
        var result = Recognize(text);

        Assert.Equal("datetimeV2.set", result.TypeName);
        Assert.Equal(expectedText, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }

    [Fact]
    public void EveryDayFollowedByACount_KeepsTheTimeOut()
    {
        var result = Recognize("every day 5 people come");

        Assert.Equal("every day", result.Text);
        Assert.Equal("P1D", OnlyValue(result)["timex"]);
    }

    [Theory]
    [InlineData("between now and December 15th", "(2024-11-20,XXXX-12-15,P25D)", "2024-11-20", "2024-12-15")]
    [InlineData("between Nov 2 and now", "(XXXX-11-02,2024-11-20,P18D)", "2024-11-02", "2024-11-20")]
    [InlineData("from March to date", "(2024-03-01,2024-11-20,P264D)", "2024-03-01", "2024-11-20")]
    [InlineData("from 2024-01-01 till current date", "(2024-01-01,2024-11-20,P324D)", "2024-01-01", "2024-11-20")]
    public void DaysUpToOrFromNow_AreADateRange(string text, string timex, string start, string end)
    {
        var value = OnlyValue(Recognize(text));

        Assert.Equal(timex, value["timex"]);
        Assert.Equal(start, value["start"]);
        Assert.Equal(end, value["end"]);
    }

    [Fact]
    public void ClockTimeUpToNow_IsTodaysRangeEndingAtTheReference()
    {
        var value = OnlyValue(Recognize("how many calls between eight o'clock and now"));

        Assert.Equal("(2024-11-20T08,PRESENT_REF,PT7H30M)", value["timex"]);
        Assert.Equal("2024-11-20 08:00:00", value["start"]);
        Assert.Equal("2024-11-20 15:30:00", value["end"]);
    }
}
