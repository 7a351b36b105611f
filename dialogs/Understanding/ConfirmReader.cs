using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// Yes or no to the summary. "没错", "没问题，就是这样" are yes although they hold a negation; "还没人领" is a statement
/// about the recipient, not a no; a yes that goes on to correct something ("对，但时间是下午", "correct except the
/// time") and a correction without a yes ("时间不对，是昨天") are a no, with the corrected slot beside it.
/// </summary>
internal static class ConfirmReader
{
    public static bool? Read(string text, Vocabulary vocabulary, SlotFindings findings, RecoveryCase known)
    {
        // Restating the summary ("it was a mistake") corrects nothing.
        var corrects = findings.Differs(known);
        var yesNo = vocabulary.FindYesNo(text);
        if (yesNo is false && CueReader.StartsWithSituationPhrase(text, vocabulary, vocabulary.Negative.FindAtStart(text)?.Phrase.Length ?? 0))
        {
            return null;
        }

        if (yesNo is true && corrects && vocabulary.ContrastMarkers.Matches(text))
        {
            return false;
        }

        if (yesNo is null && corrects && vocabulary.CorrectionCues.Matches(text))
        {
            return false;
        }

        return yesNo;
    }
}
