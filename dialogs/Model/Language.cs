namespace RecoveryBot.Dialogs.Model;

/// <summary>The languages the bot speaks. zh-CN is the default.</summary>
public enum Language
{
    ZhCn,
    EnUs,
}

public static class LanguageExtensions
{
    public static string Tag(this Language language) => language switch
    {
        Language.EnUs => "en-US",
        _ => "zh-CN",
    };

    public static Language? FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Language.ZhCn;
        }

        return tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.EnUs : null;
    }
}
