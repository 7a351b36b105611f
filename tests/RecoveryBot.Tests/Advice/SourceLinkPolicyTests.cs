using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Advice;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;
using RecoveryBot.Tests.Conversation;

namespace RecoveryBot.Tests.Advice;

/// <summary>
/// A scam victim is never sent to an unknown domain (wechat-facts.md section L): every link the "来源" answer of any
/// step shows points to a statute text, a government, court or WeChat page, a university or a mainstream outlet.
/// </summary>
public partial class SourceLinkPolicyTests
{
    private static readonly string[] OfficialHosts =
    [
        "github.com", "gov.cn", "chinacourt.org", "weixin.qq.com", "kf.qq.com", "edu.cn", "news.cn", "xinhuanet.com", "people.com.cn",
        "cctv.com", "china.com.cn", "thepaper.cn", "cnhubei.com", "jstv.com", "hxnews.com", "hangzhou.com.cn", "hbfzb.com", "c.m.163.com",
    ];

    public static TheoryData<string, string> StepsAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in ConversationTestClient.Knowledge.Steps.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(step, "zh-CN");
            data.Add(step, "en-US");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StepsAndLocales))]
    public void SourcesOfEveryStep_LinkOnlyOfficialAddresses(string stepId, string locale)
    {
        var knowledge = ConversationTestClient.Knowledge;
        var step = knowledge.Steps[stepId];
        var unofficial = step.Facts.SelectMany(id => knowledge.Facts[id].Sources).Where(s => !s.Kind.IsOfficial() && s.Url is not null).ToList();

        var text = SourcesAnswer(step, locale);

        foreach (Match link in LinkPattern().Matches(text))
        {
            var host = new Uri(link.Groups["url"].Value).Host;
            Assert.Contains(OfficialHosts, official => host == official || host.EndsWith("." + official, StringComparison.Ordinal));
            Assert.False(host == "github.com" && !link.Groups["url"].Value.StartsWith("https://github.com/LawRefBook/", StringComparison.Ordinal), link.Value);
        }

        Assert.All(unofficial, source => Assert.DoesNotContain(Uri.UnescapeDataString(source.Url!.AbsoluteUri), text, StringComparison.Ordinal));
    }

    [Fact]
    public void SourcesAnswer_IsInTheUsersLanguage()
    {
        var step = ConversationTestClient.Knowledge.Steps["wait-auto-refund"];

        var text = SourcesAnswer(step, "zh-CN");

        Assert.Contains("开源代码里记录的微信界面文字", text, StringComparison.Ordinal);
        Assert.DoesNotContain("recorded in padchat", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Korean translation", text, StringComparison.Ordinal);
    }

    private static string SourcesAnswer(Step step, string locale)
    {
        var knowledge = ConversationTestClient.Knowledge;
        var language = LanguageExtensions.FromTag(locale)!.Value;
        var resources = new LanguageResources(
            knowledge.Strings(language),
            new Vocabulary(knowledge.Lexicon(language)),
            new AdviceVocabulary(knowledge, language),
            new InterruptVocabulary(knowledge.Lexicon(language)));
        var context = new TurnContext(new ConversationState(), string.Empty, language, resources, new UserClock(ConversationTestClient.DefaultNow, TimeSpan.Zero));
        return new SourcesWriter(knowledge).Sources(context, step.Id, step.Confidence, step.Facts);
    }

    [GeneratedRegex(@"\]\((?<url>https?://[^\s]+?)\)(?:$|\n)", RegexOptions.Multiline)]
    private static partial Regex LinkPattern();
}
