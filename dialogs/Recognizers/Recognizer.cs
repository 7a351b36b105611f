using RecoveryBot.Dialogs.Recognizers.Currency;
using RecoveryBot.Dialogs.Recognizers.Dates;
using RecoveryBot.Dialogs.Recognizers.Numbers;

namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>
/// Entry point of the recognizers, shaped like Microsoft Recognizers-Text's <c>NumberRecognizer.RecognizeNumber</c>,
/// <c>NumberWithUnitRecognizer.RecognizeCurrency</c> and <c>DateTimeRecognizer.RecognizeDateTime</c>.
/// Culture is "zh-cn" or "en-us". Results come in text order.
/// </summary>
public static class Recognizer
{
    public static IReadOnlyList<ModelResult> RecognizeNumber(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NumberRecognizer.Recognize(text, RecognizerCulture.Parse(culture));
    }

    public static IReadOnlyList<ModelResult> RecognizeCurrency(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CurrencyRecognizer.Recognize(text, RecognizerCulture.Parse(culture));
    }

    /// <param name="reference">"Now" as the user's local wall-clock time; relative expressions resolve against it.</param>
    public static IReadOnlyList<ModelResult> RecognizeDateTime(string text, string culture, DateTime reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateTimeRecognizer.Recognize(text, RecognizerCulture.Parse(culture), reference);
    }
}
