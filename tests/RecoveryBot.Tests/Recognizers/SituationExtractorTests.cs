using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>The bot policy on the sentences users actually write. Reference: Wednesday 2024-11-20 15:30.</summary>
public class SituationExtractorTests
{
    private static ExtractedSituation Chinese(string text, bool amountExpected = false) =>
        SituationExtractor.Extract(text, RecognizerCulture.Chinese, Reference, amountExpected);

    private static ExtractedSituation English(string text, bool amountExpected = false) =>
        SituationExtractor.Extract(text, RecognizerCulture.English, Reference, amountExpected);

    [Fact]
    public void ThreeHoursAgoWrongTransfer_ReadsAmountAndPointInTime()
    {
        var situation = Chinese("我三个小时前转错了500块给一个不认识的人，他还没收款");

        Assert.Equal(new Money(500m, "CNY"), situation.Amount);
        Assert.NotNull(situation.SentAt);
        Assert.Equal(Reference.AddHours(-3), situation.SentAt.Start);
        Assert.True(situation.SentAt.IsPoint);
        Assert.True(situation.SentAt.HasTimeOfDay);
    }

    [Theory]
    [InlineData("12号那天转了500")]
    [InlineData("十二号给他转了500块")]
    public void BareDayOfMonth_IsTheMostRecentPastDay(string text)
    {
        var situation = Chinese(text);

        Assert.Equal(new Money(500m, "CNY"), situation.Amount);
        Assert.NotNull(situation.SentAt);
        Assert.Equal(new DateTime(2024, 11, 12, 0, 0, 0), situation.SentAt.Start);
        Assert.False(situation.SentAt.HasTimeOfDay);
    }

    [Fact]
    public void NumberedLine_IsNotADayOfTheMonth()
    {
        Assert.Null(Chinese("我坐3号线的时候转了两百").SentAt);
    }

    [Fact]
    public void DayBeforeYesterdayAfterNine_ReadsBareAmountAndTheHour()
    {
        var situation = Chinese("我前天晚上九点多给他转了两千五");

        Assert.Equal(new Money(2500m, "CNY"), situation.Amount);
        Assert.NotNull(situation.SentAt);
        Assert.Equal(new DateTime(2024, 11, 18, 21, 0, 0), situation.SentAt.Start);
        Assert.Equal(new DateTime(2024, 11, 18, 22, 0, 0), situation.SentAt.End);
    }

    [Fact]
    public void EnglishTwoHoursAgo_ReadsYuanAndTime()
    {
        var situation = English("I sent 500 yuan to the wrong person 2 hours ago");

        Assert.Equal(new Money(500m, "CNY"), situation.Amount);
        Assert.Equal(Reference.AddHours(-2), situation.SentAt!.Start);
    }

    [Fact]
    public void RedPacketLastNight_ReadsBareAmountInMoneyContext()
    {
        var situation = Chinese("昨天晚上8点发了个200的红包");

        Assert.Equal(new Money(200m, "CNY"), situation.Amount);
        Assert.Equal(new DateTime(2024, 11, 19, 20, 0, 0), situation.SentAt!.Start);
    }

    [Theory]
    [InlineData("转了两千", 2000)]
    [InlineData("发了520的红包", 520)]
    [InlineData("给他转了 2500", 2500)]
    public void BareNumberAfterPayingVerb_IsYuan(string text, int expected)
    {
        Assert.Equal(new Money(expected, "CNY"), Chinese(text).Amount);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("两千五")]
    public void BareNumber_IsTheAmountOnlyWhenAsked(string text)
    {
        Assert.Null(Chinese(text).Amount);
        Assert.NotNull(Chinese(text, amountExpected: true).Amount);
    }

    [Fact]
    public void CountOfPeople_IsNotAnAmount()
    {
        Assert.Null(Chinese("转给了一个不认识的人").Amount);
    }

    [Theory]
    [InlineData("五毛", "0.5")]
    [InlineData("八分钱", "0.08")]
    [InlineData("三块八毛八", "3.88")]
    public void SmallUnits_ScaleToYuan(string text, string expected)
    {
        Assert.Equal(new Money(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), "CNY"), Chinese(text).Amount);
    }

    [Theory]
    [InlineData("I paid $20", "USD")]
    [InlineData("lost 50 bucks", "USD")]
    [InlineData("1000 HKD", "HKD")]
    public void DollarsAndCodes_KeepTheirCurrency(string text, string currency)
    {
        Assert.Equal(currency, English(text).Amount!.Currency);
    }

    [Fact]
    public void TenMinutesAgo_IsATimeNotTenFen()
    {
        var situation = Chinese("10分钟前");

        Assert.Null(situation.Amount);
        Assert.Equal(Reference.AddMinutes(-10), situation.SentAt!.Start);
    }

    [Fact]
    public void BareDate_HasNoTimeOfDayAndCoversTheDay()
    {
        var sentAt = Chinese("前天转的").SentAt!;

        Assert.False(sentAt.HasTimeOfDay);
        Assert.Equal(new DateTime(2024, 11, 18), sentAt.Start);
        Assert.Equal(new DateTime(2024, 11, 19), sentAt.End);
    }

    [Fact]
    public void BareTimeLaterThanNow_IsYesterday()
    {
        var sentAt = Chinese("晚上8点转的").SentAt!;

        Assert.Equal(new DateTime(2024, 11, 19, 20, 0, 0), sentAt.Start);
    }

    [Fact]
    public void BareTimeEarlierThanNow_IsToday()
    {
        Assert.Equal(new DateTime(2024, 11, 20, 9, 0, 0), Chinese("上午9点转的").SentAt!.Start);
    }

    [Fact]
    public void AmbiguousWeekday_TakesThePastReading()
    {
        Assert.Equal(new DateTime(2024, 11, 15), Chinese("周五转的").SentAt!.Start);
    }

    [Fact]
    public void ConsumedSpans_CoverAmountAndTime()
    {
        const string text = "我三个小时前转错了500块";
        var situation = Chinese(text);

        Assert.Equal(["三个小时前", "500块"], situation.ConsumedSpans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void FourDigitAmount_IsNotAYear()
    {
        var situation = English("I sent 2000 to a stranger yesterday evening");

        Assert.Equal(new Money(2000m, "CNY"), situation.Amount);
        Assert.Equal(new DateTime(2024, 11, 19, 18, 0, 0), situation.SentAt!.Start);
    }

    [Fact]
    public void Entities_PromoteMoneyContextNumbersToYuan()
    {
        var entities = SituationExtractor.Entities("给他转了 2500", RecognizerCulture.Chinese, Reference);

        var money = Assert.Single(entities, e => e.TypeName == "currency");
        Assert.Equal("Chinese yuan", money.Resolution["unit"]);
        Assert.Equal("2500", money.Resolution["value"]);
    }

    [Theory]
    [InlineData("本来想转200，结果转成了2000，多按了一个零", 2000)]
    [InlineData("I meant to send 50 yuan but sent 500 yuan by mistake", 500)]
    public void IntendedAndSentAmount_TakesWhatWasSent(string text, int sent)
    {
        var situation = text[0] < 128 ? English(text) : Chinese(text);

        Assert.Equal(new Money(sent, "CNY"), situation.Amount);
    }

    [Fact]
    public void TwoTransfersWithoutIntent_KeepTheFirstAmount() =>
        Assert.Equal(new Money(200m, "CNY"), Chinese("先转了200，后来又转了300").Amount);

    [Fact]
    public void MeasureWordAfterOne_IsNotAnAmount()
    {
        var situation = Chinese("20分钟之前转了一笔钱，金额是1500");

        Assert.Equal(new Money(1500m, "CNY"), situation.Amount);
    }

    [Fact]
    public void EarlyMorningToday_EntitiesCarryTheBotsHours()
    {
        var entities = SituationExtractor.Entities("今天凌晨转了一千", RecognizerCulture.Chinese, Reference);

        var time = Assert.Single(entities, e => e.TypeName.StartsWith("datetimeV2", StringComparison.Ordinal));
        var value = OnlyValue(time);
        Assert.Equal("2024-11-20 00:00:00", value["start"]);
        Assert.Equal("2024-11-20 06:00:00", value["end"]);
    }

    [Fact]
    public void NoAmountNoTime_GivesNothing()
    {
        var situation = Chinese("他把我拉黑了");

        Assert.Null(situation.Amount);
        Assert.Null(situation.SentAt);
        Assert.Empty(situation.ConsumedSpans);
    }
}
