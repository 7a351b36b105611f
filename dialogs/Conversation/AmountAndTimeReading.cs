using RecoveryBot.Dialogs.Model;
using RecoveryBot.Dialogs.Recognizers.Policy;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>
/// Reads the amount and the time of sending from a message: the seam between the conversation and the
/// recognizers, so dialog tests could substitute it.
/// </summary>
internal interface IAmountAndTimeReader
{
    ExtractedSituation Read(string text, Language language, DateTime referenceLocal, bool amountExpected);
}

/// <summary>The in-house recognizers with the bot policy of recognizers/CONTRACT.md §3.</summary>
internal sealed class RecognizerAmountAndTimeReader : IAmountAndTimeReader
{
    public ExtractedSituation Read(string text, Language language, DateTime referenceLocal, bool amountExpected) =>
        SituationExtractor.Extract(text, language == Language.EnUs ? "en-us" : "zh-cn", referenceLocal, amountExpected);
}
