using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>"around"/"circa" before a time or a day with a time. Reference: Wednesday 2024-11-20 15:30.</summary>
public class EnglishApproximationTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeDateTime(text, RecognizerCulture.English, Reference));

    [Fact]
    public void AroundATime_IsATimeValuedAsATimeRange()
    {
        var result = Recognize("around 1pm");

        Assert.Equal("datetimeV2.time", result.TypeName);
        Assert.Equal("approx", OnlyValue(result)["Mod"]);
        Assert.Equal("timerange", OnlyValue(result)["type"]);
    }

    [Fact]
    public void AroundADayWithATime_CoversTheWholeExpression()
    {
        var result = Recognize("around tomorrow 10am");

        Assert.Equal("around tomorrow 10am", result.Text);
        Assert.Equal("2024-11-21 10:00:00", OnlyValue(result)["value"]);
        Assert.Equal("datetimerange", OnlyValue(result)["type"]);
    }

    [Fact]
    public void AroundSaidAfterTheDay_IsNotAnApproximation()
    {
        var value = OnlyValue(Recognize("tonight around 7"));

        Assert.False(value.ContainsKey("Mod"));
        Assert.Equal("2024-11-20 19:00:00", value["value"]);
    }
}
