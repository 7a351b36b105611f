using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Model;

public class LanguageTests
{
    [Theory]
    [InlineData("zh-CN", Language.ZhCn)]
    [InlineData("zh-hans", Language.ZhCn)]
    [InlineData("en-US", Language.EnUs)]
    [InlineData("EN-gb", Language.EnUs)]
    public void FromTag_KnownTags_MapToLanguage(string tag, Language expected)
    {
        Assert.Equal(expected, LanguageExtensions.FromTag(tag));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr-FR")]
    public void FromTag_UnknownOrMissing_IsNull(string? tag)
    {
        Assert.Null(LanguageExtensions.FromTag(tag));
    }
}
