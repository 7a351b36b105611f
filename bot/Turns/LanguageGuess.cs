using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The host's rough guess at the user's language, for the few messages it writes itself (the apology
/// after a failed turn): Chinese characters mean zh-CN, Latin letters en-US, otherwise the locale hint,
/// otherwise zh-CN. The conversation has its own, better detection.
/// </summary>
public static class LanguageGuess
{
    public static Language Of(string? text, string? localeHint)
    {
        var sawLatin = false;
        foreach (var c in text ?? "")
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
            {
                return Language.ZhCn;
            }

            sawLatin |= char.IsAsciiLetter(c);
        }

        return sawLatin ? Language.EnUs : LanguageExtensions.FromTag(localeHint) ?? Language.ZhCn;
    }
}
