using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// Reads what kind of mistake a message describes, when it says: the wrong person, or the wrong amount and then
/// what the payment was for. Red packets are presumed gifts (fact A6), so a red packet of the wrong amount is a
/// gift of the wrong amount unless the message says it paid for something owed.
/// </summary>
internal static class MistakeReader
{
    public static MistakeDetail? Read(string text, Vocabulary vocabulary, PaymentKind? kind, RecoveryCase known)
    {
        var mistakes = Affirmed(text, vocabulary, vocabulary.Mistakes.Select(g => (g.Value, g.Matcher, Weak: false)));
        var purposes = Affirmed(text, vocabulary, vocabulary.Purposes.Select(g => (g.Value, g.Matcher, Weak: false)));

        // "转错人了，金额也不对": whoever got it, it was not theirs; the amount no longer matters to the law.
        if (mistakes.Contains(MistakeDetail.WrongRecipient))
        {
            return MistakeDetail.WrongRecipient;
        }

        var wrongAmount = mistakes.Contains(MistakeDetail.WrongAmount) || known.Mistake is MistakeDetail.WrongAmount;
        if (!wrongAmount)
        {
            return null;
        }

        if (purposes.Contains(PaymentPurpose.Owed))
        {
            return MistakeDetail.Overpayment;
        }

        return purposes.Contains(PaymentPurpose.Gift) || IsRedPacket(kind ?? known.Kind) ? MistakeDetail.GiftAmount : MistakeDetail.WrongAmount;
    }

    private static bool IsRedPacket(PaymentKind? kind) =>
        kind is PaymentKind.RedPacket or PaymentKind.FaceToFaceRedPacket or PaymentKind.GroupRedPacket;

    /// <summary>The values named and not denied, in the user's own voice ("不是转错人" and "他说转错人了" name none).</summary>
    private static HashSet<T> Affirmed<T>(string text, Vocabulary vocabulary, IEnumerable<(T Value, PhraseMatcher Matcher, bool Weak)> groups)
        where T : struct, Enum =>
        CueFinder.Find(text, vocabulary.Scope, groups, nouns: false)
            .Where(c => !c.Negated && !c.Reported)
            .Select(c => c.Value)
            .ToHashSet();
}
