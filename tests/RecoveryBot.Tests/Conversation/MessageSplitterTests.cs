using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.Conversation;

public class MessageSplitterTests
{
    [Fact]
    public void ShortText_StaysOneMessage()
    {
        Assert.Equal(["一\n二\n\n三"], MessageSplitter.Split("一\n二\n\n三", 350));
    }

    [Fact]
    public void LongText_IsCutBetweenParagraphs_EachPartWithinTheLimit()
    {
        var paragraph = new string('字', 200);

        var parts = MessageSplitter.Split($"{paragraph}\n\n{paragraph}\n\n{paragraph}", 350);

        Assert.Equal([paragraph, paragraph, paragraph], parts);
    }

    [Fact]
    public void AParagraphTooLongForOneScreen_IsCutBetweenItsLines()
    {
        var line = new string('字', 150);

        var parts = MessageSplitter.Split($"标题\n{line}\n{line}\n{line}", 350);

        Assert.Equal([$"标题\n{line}\n{line}", line], parts);
        Assert.All(parts, part => Assert.True(MessageLength.Count(part) <= 350));
    }

    [Fact]
    public void Markdown_IsCountedWithoutItsMarkup()
    {
        Assert.Equal(MessageLength.Count("清单：\n☐ 对方的资料页（如“(**龙)”）"), MessageLength.CountMarkdown("清单：\n\n- ☐ 对方的资料页（如“(\\*\\*龙)”）"));
    }

    [Theory]
    [InlineData("转错了", 3)]
    [InlineData("a\nb", 2)]
    [InlineData("👍🏽好", 2)]
    public void Length_CountsWhatAReaderSeesAsOneCharacter_AndNotLineBreaks(string text, int expected) =>
        Assert.Equal(expected, MessageLength.Count(text));
}
