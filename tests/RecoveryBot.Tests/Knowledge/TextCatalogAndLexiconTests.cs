using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Knowledge;

public sealed class TextCatalogAndLexiconTests : IDisposable
{
    private readonly KnowledgeFolderBuilder folder = new();
    private readonly KnowledgeBase knowledge;

    public TextCatalogAndLexiconTests()
    {
        knowledge = folder.Load();
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Get_ReturnsTheText()
    {
        Assert.Equal("Hello.", knowledge.Strings(Language.EnUs).Get("welcome"));
        Assert.Equal("你好。", knowledge.Strings(Language.ZhCn).Get("welcome"));
    }

    [Fact]
    public void GetList_ReturnsAllAlternatives_AndGetTheFirst()
    {
        var strings = knowledge.Strings(Language.ZhCn);

        Assert.Equal(["转账", "红包"], strings.GetList("actions"));
        Assert.Equal("转账", strings.Get("actions"));
        Assert.Equal(["你好。"], strings.GetList("welcome"));
    }

    [Fact]
    public void Format_FillsPlaceholders()
    {
        Assert.Equal("Amount: 500 yuan.", knowledge.Strings(Language.EnUs).Format("summary", new Dictionary<string, string> { ["amount"] = "500 yuan" }));
    }

    [Fact]
    public void Format_WithoutAValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => knowledge.Strings(Language.EnUs).Format("summary", new Dictionary<string, string>()));
    }

    [Fact]
    public void Contains_And_UnknownKey()
    {
        var strings = knowledge.Strings(Language.EnUs);

        Assert.True(strings.Contains("welcome"));
        Assert.False(strings.Contains("nope"));
        Assert.Throws<KeyNotFoundException>(() => strings.Get("nope"));
    }

    [Fact]
    public void FactEntry_KeepsItsProvenance()
    {
        var entry = knowledge.Strings(Language.EnUs).Entry("hotline");

        Assert.Equal("The hotline is 95017.", knowledge.Strings(Language.EnUs).Get("hotline"));
        Assert.Equal(["F1"], entry.Facts);
        Assert.Equal(Confidence.High, entry.Confidence);
    }

    [Fact]
    public void Lexicon_ListAndMap()
    {
        var lexicon = knowledge.Lexicon(Language.ZhCn);

        Assert.Equal(["对", "是的"], lexicon.List("affirmative"));
        Assert.Equal(["转账"], lexicon.Map("kinds")["transfer"]);
        Assert.Equal(["转账", "红包", "群红包", "面对面红包", "收款码", "商家", "银行卡"], lexicon.List("kinds"));
        Assert.Throws<InvalidOperationException>(() => lexicon.Map("affirmative"));
        Assert.Throws<KeyNotFoundException>(() => lexicon.List("nope"));
    }

    [Fact]
    public void RealStrings_LoadInBothLanguagesWithTheSameKeys()
    {
        var zh = RealKnowledge.Base.Strings(Language.ZhCn);
        var en = RealKnowledge.Base.Strings(Language.EnUs);

        Assert.NotEmpty(zh.Keys);
        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RealLexicon_HasTheSameGroupsInBothLanguages()
    {
        Assert.Equal(
            RealKnowledge.Base.Lexicon(Language.ZhCn).Groups.Order(StringComparer.Ordinal),
            RealKnowledge.Base.Lexicon(Language.EnUs).Groups.Order(StringComparer.Ordinal));
    }
}
