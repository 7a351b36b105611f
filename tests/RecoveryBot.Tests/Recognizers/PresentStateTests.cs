using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Recognizers.Policy;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

/// <summary>"Now" describing how things stand is not when the money was sent; "just now" is.</summary>
public class PresentStateTests
{
    [Theory]
    [InlineData("现在对方把我拉黑了", RecognizerCulture.Chinese)]
    [InlineData("他现在电话也打不通", RecognizerCulture.Chinese)]
    [InlineData("此刻显示对方已收钱", RecognizerCulture.Chinese)]
    [InlineData("目前对方已经收款了", RecognizerCulture.Chinese)]
    [InlineData("now the seller has blocked me", RecognizerCulture.English)]
    [InlineData("right now it says the transfer was accepted", RecognizerCulture.English)]
    [InlineData("at the moment he is ignoring my messages", RecognizerCulture.English)]
    public void BareNow_IsNoSendTime(string text, string culture)
    {
        Assert.Null(SituationExtractor.Extract(text, culture, Reference).SentAt);
    }

    [Theory]
    [InlineData("刚刚转错了300", RecognizerCulture.Chinese)]
    [InlineData("刚才手滑发了个红包", RecognizerCulture.Chinese)]
    [InlineData("I sent it just now", RecognizerCulture.English)]
    public void JustNow_IsTheSendTime(string text, string culture)
    {
        var time = SituationExtractor.Extract(text, culture, Reference).SentAt;

        Assert.NotNull(time);
        Assert.Equal(Reference, time.Start);
    }

    [Fact]
    public void NowBesideAPastTime_KeepsThePastTime()
    {
        var time = SituationExtractor.Extract("昨天下午转的，现在还没退回来", RecognizerCulture.Chinese, Reference).SentAt;

        Assert.NotNull(time);
        Assert.Equal(Reference.Date.AddDays(-1), time.Start.Date);
    }
}
