using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Decides which language a message is written in. Short or language-neutral messages ("500", "ok",
/// an emoji) keep the conversation's language; only a clear message in the other language switches it.
/// </summary>
internal static class LanguageDetector
{
    public static Language? Detect(string text)
    {
        var han = 0;
        var latinLetters = 0;
        foreach (var ch in text)
        {
            if (IsHan(ch))
            {
                han++;
            }
            else if (ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latinLetters++;
            }
        }

        if (han > 0 && han * 3 >= latinLetters)
        {
            return Language.ZhCn;
        }

        return latinLetters > 0 ? Language.EnUs : null;
    }

    /// <summary>The language to answer in, given what was used so far.</summary>
    public static Language Choose(string text, Language? current, Language? hint)
    {
        var detected = Detect(text);
        if (current is null)
        {
            return detected ?? hint ?? Language.ZhCn;
        }

        if (detected is null || detected == current)
        {
            return current.Value;
        }

        return IsClearly(text, detected.Value) ? detected.Value : current.Value;
    }

    private static bool IsClearly(string text, Language language) => language switch
    {
        Language.ZhCn => text.Count(IsHan) >= 2,
        _ => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsAsciiLetter)) >= 2,
    };

    public static bool IsHan(char ch) => ch is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
