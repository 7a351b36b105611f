using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Dialogs.Advice;

/// <summary>Joins items into one line with the language's list separator ("、" in Chinese, ", " in English).</summary>
internal static class AdviceList
{
    public static string Join(TurnContext context, IEnumerable<string> items)
    {
        // Knowledge values are trimmed when loaded, so the space after a Latin comma is added here.
        var separator = context.Texts.Get("advice.separator");
        return string.Join(separator.All(char.IsAscii) ? separator + " " : separator, items);
    }
}
