using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>
/// Mealtimes as parts of the day, and English words and digits that only look like dates or times: "may" the verb,
/// "a second round", counted dayparts, digit chains of phone numbers and codes. Reference: Wednesday 2024-11-20 15:30.
/// </summary>
public class EnglishMealtimeAndFalseFriendTests
{
    private static IReadOnlyList<ModelResult> Recognize(string text) => Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference);

    [Theory]
    [InlineData("let's meet after breakfast", "after breakfast", "TMEB", "after")]
    [InlineData("call me before lunch", "before lunch", "TMEL", "before")]
    [InlineData("see you around dinner", "around dinner", "TMED", "approx")]
    public void BoundedMeal_IsATimeRangeWithItsMod(string text, string expectedText, string timex, string mod)
    {
        var result = Single(Recognize(text));

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
        Assert.Equal(mod, OnlyValue(result)["Mod"]);
    }

    [Fact]
    public void MealAndDay_StayTwoResults()
    {
        var results = Recognize("let's meet at lunch tomorrow");

        Assert.Equal(["at lunch", "tomorrow"], results.Select(r => r.Text));
        Assert.Equal("TMEL", OnlyValue(results[0])["timex"]);
    }

    [Theory]
    [InlineData("dinner on me")]
    [InlineData("what did you have for breakfast")]
    public void BareMeal_IsAThingNotATime(string text) => Assert.Empty(Recognize(text));

    [Theory]
    [InlineData("they work at three night markets", "night")]
    [InlineData("I met them at 2 morning sessions", "morning")]
    public void NumberBeforeABareDaypart_CountsTheDayparts(string text, string expectedText)
    {
        var result = Single(Recognize(text));

        Assert.Equal(expectedText, result.Text);
        Assert.Equal("timerange", OnlyValue(result)["type"]);
    }

    [Fact]
    public void NumberBeforeADaypartWithPreposition_IsAClockTime()
    {
        var value = OnlyValue(Single(Recognize("I'll be back at 7 in the morning")));

        Assert.Equal("T07", value["timex"]);
    }

    [Theory]
    [InlineData("This may or may not be right.")]
    [InlineData("these views are the author's and may differ from those of others")]
    [InlineData("the Employer may at its discretion amend it")]
    [InlineData("Let's target a second round")]
    [InlineData("Tel: +86 138-2010-2015")]
    [InlineData("Is this a valid date? 2015-32")]
    [InlineData("The code of this object is 133-03-03-2020")]
    public void LookAlike_IsNotADateOrTime(string text) => Assert.Empty(Recognize(text));

    [Theory]
    [InlineData("from April to may", "from april to may")]
    [InlineData("wait a second and try again", "a second")]
    [InlineData("see www.example.com/archive-2018-09-23-page-01", "2018-09-23")]
    [InlineData("report-20170302.html", "20170302")]
    public void TheRealThing_IsStillFound(string text, string expectedText) =>
        Assert.Equal(expectedText, Single(Recognize(text)).Text, ignoreCase: true);

    [Theory]
    [InlineData("I'll be back at 7p", "7p")]
    [InlineData("I made this purchase at 10 past 9", "10 past 9")]
    [InlineData("Shall we leave at 6.45?", "at 6.45")]
    public void LeadingAt_StaysOnlyBeforeADottedTime(string text, string expectedText) =>
        Assert.Equal(expectedText, Single(Recognize(text)).Text);

    [Theory]
    [InlineData("I suppose one and half hour is enough", "one and half hour", "PT1.5H")]
    [InlineData("the plants were grown for 3Y", "3Y", "P3Y")]
    [InlineData("Book a room for 1 night", "1 night", "P1D")]
    public void Duration_ReadsHalvesAndShortUnits(string text, string expectedText, string timex)
    {
        var result = Single(Recognize(text));

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(timex, OnlyValue(result)["timex"]);
    }
}
