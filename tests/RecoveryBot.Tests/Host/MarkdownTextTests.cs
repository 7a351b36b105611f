using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Tests.Host;

/// <summary>Markdown runs single line breaks together; the bot's lines must arrive as paragraphs and lists.</summary>
public class MarkdownTextTests
{
    [Fact]
    public void EachLine_BecomesItsOwnParagraph()
    {
        var markdown = MarkdownText.From("第1步：请对方把钱转回来\n对方收下的钱在他的零钱里。\n\n做完后告诉我结果。");

        Assert.Equal("第1步：请对方把钱转回来\n\n对方收下的钱在他的零钱里。\n\n做完后告诉我结果。", markdown);
    }

    [Fact]
    public void NumberedAndDottedLines_BecomeLists_SetApartFromTheParagraphs()
    {
        var markdown = MarkdownText.From("建议按这个顺序做：\n1. 请对方把钱转回来\n2. 保存好证据（现在就做）\n要记住的时间：\n· 诉讼时效是3年\n• 90天\n☐ 账单详情截图");

        Assert.Equal("建议按这个顺序做：\n\n1. 请对方把钱转回来\n2. 保存好证据（现在就做）\n\n要记住的时间：\n\n- 诉讼时效是3年\n- 90天\n- ☐ 账单详情截图", markdown);
    }

    [Theory]
    [InlineData("付款页上的实名提示（如“(**龙)”）", @"付款页上的实名提示（如“(\*\*龙)”）")]
    [InlineData("fill in [amount] and <name>", @"fill in \[amount\] and \<name\>")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("snake_case ~x~ a|b `c`", @"snake\_case \~x\~ a\|b \`c\`")]
    public void MarkupCharacters_AreEscaped(string plain, string expected) =>
        Assert.Equal(expected, MarkdownText.From(plain));

    [Fact]
    public void KnowledgeLinks_StayLinks_InAListToo()
    {
        var markdown = MarkdownText.From("来源：\n· [《民法典》](https://github.com/LawRefBook/Laws/blob/3cd6e86/民法典.md)\n· 微信自己的界面文字");

        Assert.Equal("来源：\n\n- [《民法典》](https://github.com/LawRefBook/Laws/blob/3cd6e86/民法典.md)\n- 微信自己的界面文字", markdown);
    }

    [Fact]
    public void ALinkWhoseAddressHoldsParentheses_StaysALink()
    {
        const string link = "[条例](https://github.com/LawRefBook/Laws/blob/ac63d89/行政法规/条例(2023-12-09).md)";

        Assert.Equal("- " + link, MarkdownText.From("· " + link));
    }

    [Fact]
    public void InTheTerminal_ALinkShowsItsNameAndAddress_WithoutMarkup()
    {
        Assert.Equal("· 《民法典》 https://example.org/a", TerminalText.From("· [《民法典》](https://example.org/a)"));
        Assert.Equal("· 条例 https://example.org/条例(2023-12-09).md", TerminalText.From("· [条例](https://example.org/条例(2023-12-09).md)"));
    }

    [Fact]
    public void WebAddresses_AreLeftAsTheyAre_SoTheyStayLinks()
    {
        var markdown = MarkdownText.From("来源：《民法典》 https://github.com/LawRefBook/Laws/blob/3cd6e86/民法商法/民法典_v2.md *注*");

        Assert.Equal(@"来源：《民法典》 https://github.com/LawRefBook/Laws/blob/3cd6e86/民法商法/民法典_v2.md \*注\*", markdown);
    }
}
