using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>
/// Approximate counts back from now: a span ("三四个钟头前", "2-3 hours ago") or a vague count ("二十几分钟前",
/// "20-odd minutes ago") is the stretch it names, likely its middle; a hedged count ("about 6 hours ago") is likely
/// the stated moment. Reference: Wednesday 2024-11-20 15:30.
/// </summary>
public class ApproximateRelativeTimeTests
{
    [Theory]
    [InlineData("大概三四个钟头前转的", 4, 3)]
    [InlineData("两三个小时前给他发了红包", 3, 2)]
    [InlineData("2-3个小时前扫的码", 3, 2)]
    [InlineData("五六个小时之前", 6, 5)]
    [InlineData("十几个小时前转的账", 20, 10)]
    [InlineData("一个多小时前", 2, 1)]
    public void ChineseHourSpans_AreTheStretchWithItsMiddle(string text, double earliestHours, double latestHours)
    {
        var time = ChineseTime(text);

        Assert.Equal(Reference.AddHours(-earliestHours), time.Start);
        Assert.Equal(Reference.AddHours(-latestHours), time.End);
        Assert.Equal(Reference.AddHours(-(earliestHours + latestHours) / 2), time.Likely);
        Assert.True(time.HasTimeOfDay);
    }

    [Theory]
    [InlineData("二十几分钟前转错了", 30, 20)]
    [InlineData("半个多小时前", 60, 30)]
    [InlineData("二三十分钟前", 30, 20)]
    [InlineData("十多分钟前刚发的", 20, 10)]
    public void ChineseVagueMinutes_AreTheStretchWithItsMiddle(string text, double earliestMinutes, double latestMinutes)
    {
        var time = ChineseTime(text);

        Assert.Equal(Reference.AddMinutes(-earliestMinutes), time.Start);
        Assert.Equal(Reference.AddMinutes(-latestMinutes), time.End);
        Assert.Equal(Reference.AddMinutes(-(earliestMinutes + latestMinutes) / 2), time.Likely);
    }

    [Fact]
    public void ChineseOneOrTwoDays_IsAboutADayAndAHalfAgo()
    {
        var time = ChineseTime("一两天前转的");

        Assert.Equal(Reference.AddDays(-2), time.Start);
        Assert.Equal(Reference.AddDays(-1), time.End);
        Assert.Equal(Reference.AddHours(-36), time.Likely);
    }

    [Theory]
    [InlineData("I sent it 2-3 hours ago", 3, 2)]
    [InlineData("two or three hours ago I paid him", 3, 2)]
    [InlineData("maybe 4 to 5 hours back", 5, 4)]
    public void EnglishHourSpans_AreTheStretchWithItsMiddle(string text, double earliestHours, double latestHours)
    {
        var time = EnglishTime(text);

        Assert.Equal(Reference.AddHours(-earliestHours), time.Start);
        Assert.Equal(Reference.AddHours(-latestHours), time.End);
        Assert.Equal(Reference.AddHours(-(earliestHours + latestHours) / 2), time.Likely);
    }

    [Theory]
    [InlineData("20-odd minutes ago", 30, 20)]
    [InlineData("it went out 40-something minutes ago", 50, 40)]
    public void EnglishOddCounts_ReachTheNextTen(string text, double earliestMinutes, double latestMinutes)
    {
        var time = EnglishTime(text);

        Assert.Equal(Reference.AddMinutes(-earliestMinutes), time.Start);
        Assert.Equal(Reference.AddMinutes(-latestMinutes), time.End);
    }

    [Theory]
    [InlineData("around 6 hours ago", 6)]
    [InlineData("I paid about 6 hrs ago", 6)]
    [InlineData("roughly six hours back", 6)]
    [InlineData("approximately 90 minutes ago", 1.5)]
    [InlineData("a couple of hours ago", 2)]
    public void EnglishHedgedCount_IsLikelyTheStatedMomentNotAClockTime(string text, double hours)
    {
        var time = EnglishTime(text);

        Assert.Equal(Reference.AddHours(-hours), time.Likely);
        Assert.True(time.Start < time.Likely && time.Likely < time.End);
    }

    [Theory]
    [InlineData("昨天下午三点左右转的", RecognizerCulture.Chinese)]
    [InlineData("yesterday around 3pm", RecognizerCulture.English)]
    public void AroundAClockTime_IsLikelyThatTime(string text, string culture)
    {
        var time = SituationExtractor.Extract(text, culture, Reference).SentAt;

        Assert.NotNull(time);
        Assert.Equal(Reference.Date.AddDays(-1).AddHours(15), time.Likely ?? time.Start);
    }

    [Fact]
    public void ExactCount_StaysAPoint()
    {
        var time = ChineseTime("3个钟头前转的");

        Assert.Equal(Reference.AddHours(-3), time.Start);
        Assert.True(time.IsPoint);
        Assert.Null(time.Likely);
    }

    private static TimeReading ChineseTime(string text) =>
        SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference).SentAt ?? throw new Xunit.Sdk.XunitException($"no time in {text}");

    private static TimeReading EnglishTime(string text) =>
        SituationExtractor.Extract(text, RecognizerCulture.English, Reference).SentAt ?? throw new Xunit.Sdk.XunitException($"no time in {text}");
}
