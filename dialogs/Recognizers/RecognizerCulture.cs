using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>The culture names the recognizers accept, spelled as upstream Recognizers-Text spells them.</summary>
public static class RecognizerCulture
{
    public const string Chinese = "zh-cn";
    public const string English = "en-us";

    /// <summary>Maps "zh-cn", "zh-CN", "en-us", "en-GB"... to a language; anything else is unsupported.</summary>
    public static Language Parse(string culture) =>
        LanguageExtensions.FromTag(culture)
        ?? throw new ArgumentException($"Unsupported culture '{culture}'; use '{Chinese}' or '{English}'.", nameof(culture));
}
