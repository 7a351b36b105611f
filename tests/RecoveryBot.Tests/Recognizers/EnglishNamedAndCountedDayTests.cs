using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>
/// Days and periods named by their place in a larger one, counted in several units, or pointed at by a word: parts of
/// a year, school and fiscal years, holiday weekends, weekdays in a counted week, "next 5/12", query operators.
/// Reference: Wednesday 2024-11-20 15:30.
/// </summary>
public class EnglishNamedAndCountedDayTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Theory]
    [InlineData("sent 2 weeks and 2 days ago", "2 weeks and 2 days ago", "2024-11-04")]
    [InlineData("it arrives 1 year 1 month 10 days later", "1 year 1 month 10 days later", "2025-12-30")]
    [InlineData("see you monday two weeks from now", "monday two weeks from now", "2024-12-02")]
    [InlineData("3 weeks after christmas on friday", "3 weeks after christmas on friday", "2025-01-17")]
    [InlineData("due next 5/12", "next 5/12", "2025-05-12")]
    [InlineData("it was last 6th of april", "last 6th of april", "2024-04-06")]
    public void CountedOrPointedDay_ResolvesToOneDate(string text, string expectedText, string date)
    {
        var result = Recognize(text);

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(date, OnlyValue(result)["value"]);
    }

    [Theory]
    [InlineData("I sent it on the 3rd of last month", "the 3rd of last month", "2024-10-03")]
    [InlineData("I sent it on the 18th this month", "the 18th this month", "2024-11-18")]
    [InlineData("we will come back on the 15th day of next month", "the 15th day of next month", "2024-12-15")]
    [InlineData("the first monday of next month", "first monday of next month", "2024-12-02")]
    [InlineData("the second sunday in may 2019", "second sunday in may 2019", "2019-05-12")]
    public void DayNamedInsideAMonth_IsThatDay(string text, string expectedText, string date)
    {
        var result = Recognize(text);

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(date, OnlyValue(result)["value"]);
    }

    [Fact]
    public void LastWeekdayOfANamedMonth_HasPastAndFutureReadings()
    {
        var values = Values(Recognize("last friday of october"));

        Assert.Equal("XXXX-10-WXX-5-#5", values[0]["timex"]);
        Assert.Equal("2024-10-25", values[0]["value"]);
        Assert.Equal("2025-10-31", values[1]["value"]);
    }

    [Fact]
    public void CompoundWithClockUnits_IsAnInstant()
    {
        var value = OnlyValue(Recognize("I paid 1 hour 30 minutes ago"));

        Assert.Equal("2024-11-20 14:00:00", value["value"]);
    }

    [Theory]
    [InlineData("sales in the whole 1st quarter of 2013", "1st quarter of 2013", "(2013-01-01,2013-04-01,P3M)")]
    [InlineData("from q1 of 2017 - q3 of 2018", "from q1 of 2017 - q3 of 2018", "(2017-01-01,2018-07-01,P18M)")]
    [InlineData("they leave the third month of 2021", "the third month of 2021", "2021-03")]
    [InlineData("results for the last four months of 2021", "the last four months of 2021", "(2021-09-01,2022-01-01,P4M)")]
    [InlineData("the second half of next year", "the second half of next year", "(2025-07-01,2026-01-01,P6M)")]
    [InlineData("in the next two decades", "the next two decades", "(2030-01-01,2050-01-01,P20Y)")]
    public void NamedPartOfAPeriod_HasItsTimex(string text, string expectedText, string timex)
    {
        var result = Recognize(text);

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }

    [Fact]
    public void HolidayWeekend_RunsThroughAMondayHoliday()
    {
        var values = Values(Recognize("I need to prepare for labor day weekend"));

        Assert.Equal("2024-W35-WE", values[0]["timex"]);
        Assert.Equal("2024-08-31", values[0]["start"]);
        Assert.Equal("2024-09-03", values[0]["end"]);
        Assert.Equal("2025-W35-WE", values[1]["timex"]);
    }

    [Fact]
    public void HolidayWeekend_OfAThursdayHoliday_IsTheWeekendAfter() =>
        Assert.Equal("2024-W44-WE", Values(Recognize("the weekend of halloween"))[0]["timex"]);

    [Theory]
    [InlineData("it's on monday of the following week", "monday of the following week", "2024-11-25")]
    [InlineData("I sent it friday last week", "friday last week", "2024-11-15")]
    public void WeekdayWithItsWeek_IsOneDay(string text, string expectedText, string date)
    {
        var result = Recognize(text);

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(date, OnlyValue(result)["value"]);
    }

    [Fact]
    public void WeekdayAndDaypartWithItsWeek_IsThatEvening()
    {
        var value = OnlyValue(Recognize("set something up for Wednesday evening next week"));

        Assert.Equal("2024-11-27TEV", value["timex"]);
    }

    [Theory]
    [InlineData("The sun will set", "sun")]
    [InlineData("I sat there for a while", "sat")]
    [InlineData("This may or may not be right", "may")]
    [InlineData("the date? 11/20, 12 of Nov", "11/20, 12")]
    public void LookAlikeWord_IsNotPartOfADate(string text, string word) =>
        Assert.DoesNotContain(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference), r => r.Text.Equals(word, StringComparison.OrdinalIgnoreCase) || r.Text.StartsWith(word + ",", StringComparison.Ordinal) || r.Text.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase) || r.Text == word);

    [Theory]
    [InlineData("gains in this school year", "this school year", "SY2024")]
    [InlineData("last fiscal year", "last fiscal year", "FY2023")]
    [InlineData("show sales in the sy18", "sy18", "SY2018")]
    [InlineData("show sales in fiscal year", "fiscal year", "FYXXXX")]
    public void SchoolOrFiscalYear_StaysUnresolved(string text, string expectedText, string timex)
    {
        var result = Recognize(text);

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
        Assert.Equal("not resolved", OnlyValue(result)["value"]);
    }

    [Theory]
    [InlineData("I was not there that weekend", "that weekend", "XXXX-WXX-WE")]
    [InlineData("not there the same month it happened", "same month", "XXXX-XX")]
    public void PeriodNamedByTheStory_IsMarkedRefUndef(string text, string expectedText, string timex)
    {
        var result = Recognize(text);

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
        Assert.Equal("ref_undef", OnlyValue(result)["Mod"]);
    }

    [Theory]
    [InlineData("> = 2019", "since")]
    [InlineData("< =2019", "until")]
    [InlineData("> 2019", "after")]
    public void QueryOperator_BoundsTheYear(string text, string mod) => Assert.Equal(mod, OnlyValue(Recognize(text))["Mod"]);

    [Theory]
    [InlineData("my vacation will start from October", "October")]
    [InlineData("Can you meet at the moment?", "at the moment")]
    [InlineData("Where were you between 0730-0930?", "between 0730-0930")]
    [InlineData("I'll be out five to seven today", "five to seven today")]
    public void Phrase_SpansWhatUpstreamSpans(string text, string expectedText) => Assert.Equal(expectedText, Recognize(text).Text);

    [Theory]
    [InlineData("There are two to four people in the room", "four")]
    [InlineData("Mortgages were at 6.45 percent", "6.45")]
    [InlineData("I counted 13 last minute", "13")]
    public void CountOrRate_IsNotPartOfATime(string text, string number) =>
        Assert.DoesNotContain(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference), r => r.Text.Contains(number, StringComparison.Ordinal));
}
