using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Understanding;

/// <summary>
/// Reads the kind, the recipient's action and the reason from the words of a message, with negation and reported
/// speech in their clause, and with the pending question first: a hint ("转了", "不知道") counts only for the
/// question it answers, and an answer changes another slot only when it names that slot plainly.
/// </summary>
internal static class CueReader
{
    public static CueReading Read(string text, Vocabulary vocabulary, Slot? expecting, RecoveryCase known)
    {
        var reading = ReadIn(text, vocabulary, expecting, known);
        if (vocabulary.OtherLanguage is not { } other || !HasLettersOf(other, text))
        {
            return reading;
        }

        // Code-mixed: what the message's own language leaves open, words of the other language may tell.
        // A kind named in the other language outweighs one only hinted at in this one ("给我姐转了个hb").
        var mixed = ReadIn(text, other, expecting, known);
        var kind = reading.Kind is null || (reading.KindIsAHint && mixed is { Kind: not null, KindIsAHint: false }) ? mixed.Kind : reading.Kind;
        return new CueReading(kind, reading.RecipientAction ?? mixed.RecipientAction, reading.Reason ?? mixed.Reason);
    }

    private static CueReading ReadIn(string text, Vocabulary vocabulary, Slot? expecting, RecoveryCase known)
    {
        var reason = ReadReason(text, vocabulary);
        var (kind, hint) = ReadKind(text, vocabulary, expecting, known, reason);
        return new CueReading(kind, ReadRecipientAction(text, vocabulary, expecting), reason) { KindIsAHint = hint };
    }

    private static bool HasLettersOf(Vocabulary vocabulary, string text) =>
        vocabulary.Language == Language.EnUs ? text.Any(char.IsAsciiLetterLower) : text.Any(LanguageDetector.IsHan);

    /// <summary>
    /// "还没人领" at the start of a reply: its "还没" belongs to a longer phrase about the situation, so it is no "no";
    /// "错了，他没收" starts with a no.
    /// </summary>
    public static bool StartsWithSituationPhrase(string text, Vocabulary vocabulary, int noLength)
    {
        var trimmed = TextNormalizer.TrimPunctuation(text);
        var matchers = vocabulary.Kinds.Select(g => g.Matcher)
            .Concat(vocabulary.RecipientActions.Select(g => g.Matcher))
            .Concat(vocabulary.Reasons.Select(g => g.Matcher));
        return matchers.Any(m => m.AllHits(trimmed).Any(h => h.Index == 0 && h.Phrase.Length > noLength));
    }

    private static Reason? ReadReason(string text, Vocabulary vocabulary)
    {
        var groups = vocabulary.Reasons.Select(g => (g.Value, g.Matcher, Weak: false))
            .Append((Reason.Fraud, vocabulary.FraudSignals, false));

        // "那人说他转错了" is the other side's story, not the user's mistake; "不是骗" is no fraud.
        var cues = CueFinder.Find(text, vocabulary.Scope, groups, nouns: true)
            .Where(c => !c.Negated && !(c.Reported && c.Value == Reason.Mistake))
            .ToList();

        // Fraud outweighs everything; otherwise the first reason told is why the money went ("转错了…他还不认账").
        return cues.Exists(c => c.Value == Reason.Fraud)
            || ScareQuotes.QuoteAPlayedRole(text, vocabulary.ImpersonatedRoles)
            || ScareQuotes.ClaimAPlayedRole(text, vocabulary.IdentityClaims, vocabulary.ImpersonatedRoles)
            ? Reason.Fraud
            : cues.FirstOrDefault()?.Value;
    }

    private static (PaymentKind? Kind, bool Hint) ReadKind(string text, Vocabulary vocabulary, Slot? expecting, RecoveryCase known, Reason? reason)
    {
        var groups = vocabulary.Kinds.Select(g => (g.Value, g.Matcher, Weak: false))
            .Concat(vocabulary.KindHints.Select(g => (g.Value, g.Matcher, Weak: true)));
        // Answering another question, a word names the kind only plainly: "转账" does; "转了", the shop it was paid
        // to, or "红包" for the red packet already talked about do not. A reply to the summary may correct anything.
        var answeringOther = expecting is Slot.SentAt or Slot.Amount or Slot.RecipientAction or Slot.Reason;
        var found = CueFinder.Find(text, vocabulary.Scope, groups, nouns: true).Where(c => !c.Negated).ToList();

        // What the user meant gives way to what happened, when the message says what happened.
        var meant = MeantSpan(text, vocabulary);
        bool InMeant(Cue<PaymentKind> c) => c.Start >= meant.Start && c.Start < meant.End;
        var cues = found
            .Where(c => !InMeant(c) || !found.Exists(other => !InMeant(other) && other.Start > meant.End))

            // In a scam story the shop or the order tells the pretext, not how the money went.
            .Where(c => reason != Reason.Fraud || (c.Value != PaymentKind.Merchant && (!c.Weak || c.Value == PaymentKind.Transfer)))
            .Where(c => !(answeringOther && (c.Weak || c.Value is PaymentKind.Merchant or PaymentKind.RedPacket)))
            .Where(c => !(c.Value == PaymentKind.RedPacket && known.Kind is PaymentKind.GroupRedPacket or PaymentKind.FaceToFaceRedPacket))
            .ToList();
        var best = cues.Where(c => !c.Weak).DefaultIfEmpty().MaxBy(c => c?.Length ?? 0)
            ?? cues.MaxBy(c => c.Length);

        // Only red packets go to a group: "在群里发的，大家抢的那种" answers the kind question.
        if (best is null && expecting == Slot.Kind && InAGroup(text, vocabulary))
        {
            return (PaymentKind.GroupRedPacket, false);
        }

        var kind = best?.Value switch
        {
            PaymentKind.RedPacket when InAGroup(text, vocabulary) && !vocabulary.ExclusiveMarkers.Matches(text) => PaymentKind.GroupRedPacket,
            PaymentKind.QrPersonal when cues.Exists(c => c.Value == PaymentKind.Merchant && !c.Weak) && !vocabulary.PersonalMarkers.Matches(text) => PaymentKind.Merchant,
            var read => read,
        };
        return (kind, best?.Weak ?? false);
    }

    /// <summary>
    /// The part of the message that tells what the user meant, from an intent word to the outcome word after it
    /// ("本来想发红包|结果点成转账了"); empty when the message has no such pair.
    /// </summary>
    private static (int Start, int End) MeantSpan(string text, Vocabulary vocabulary)
    {
        var intents = vocabulary.IntentMarkers.AllHits(text);
        var intent = intents.Count > 0 ? intents[0] : null;
        if (intent is null)
        {
            return (0, 0);
        }

        var outcome = vocabulary.OutcomeMarkers.AllHits(text).FirstOrDefault(h => h.Index > intent.Index);
        return outcome is null ? (0, 0) : (intent.Index, outcome.Index);
    }

    /// <summary>"发到家族群", "in the office group", but not "not group".</summary>
    private static bool InAGroup(string text, Vocabulary vocabulary) =>
        GroupMentioned(text, vocabulary) || (vocabulary.OtherLanguage is { } other && GroupMentioned(text, other));

    private static bool GroupMentioned(string text, Vocabulary vocabulary) =>
        CueFinder.Find(text, vocabulary.Scope, [(PaymentKind.GroupRedPacket, vocabulary.GroupContext, false)], nouns: true).Exists(c => !c.Negated);

    private static RecipientAction? ReadRecipientAction(string text, Vocabulary vocabulary, Slot? expecting)
    {
        var groups = vocabulary.RecipientActions.Select(g => (g.Value, g.Matcher, Weak: false))
            .Concat(vocabulary.RecipientActionHints.Select(g => (g.Value, g.Matcher, Weak: true)));
        var readings = CueFinder.Find(text, vocabulary.Scope, groups, nouns: false)
            .Select(Polarized)
            .OfType<Cue<RecipientAction>>()

            // "他说没收到", "商家说已经退了", "她说没看到": the other side's claim in its favour is not what the user sees.
            .Where(c => !(c.Reported && c.Value is RecipientAction.NotAccepted or RecipientAction.Returned or RecipientAction.Unknown))
            .Where(c => !c.Weak || expecting == Slot.RecipientAction)
            .ToList();
        return Decide(readings, c => ImpliedByNegation(c, text, vocabulary), c => NotAnswering(c, text, vocabulary));
    }

    /// <summary>
    /// The action a cue states once its negation is applied: "还没领", "he not receive yet" say plainly that it is not
    /// taken (a bare verb alone hints only); "不是没收" → taken; "没退" only hints that they still have it; a negated
    /// block or "I don't know" says nothing.
    /// </summary>
    private static Cue<RecipientAction>? Polarized(Cue<RecipientAction> cue) => cue switch
    {
        { Negated: false } => cue,
        { Value: RecipientAction.Accepted } => cue with { Value = RecipientAction.NotAccepted, Weak = false },
        { Value: RecipientAction.NotAccepted } => cue with { Value = RecipientAction.Accepted },
        { Value: RecipientAction.Returned } => cue with { Value = RecipientAction.Accepted },
        _ => null,
    };

    /// <summary>"不回消息", "ignoring me": they are not answering, which is not yet a block.</summary>
    private static bool NotAnswering(Cue<RecipientAction> cue, string text, Vocabulary vocabulary) =>
        cue.Value == RecipientAction.Blocked && vocabulary.NotAnswering.AllHits(text).Any(h => h.Index == cue.Start);

    /// <summary>"他没退", "还没退款", "not returned": that they still have it is said through a negation.</summary>
    private static bool ImpliedByNegation(Cue<RecipientAction> cue, string text, Vocabulary vocabulary) =>
        cue.Value == RecipientAction.Accepted && (cue.Negated || vocabulary.Scope.HoldsNegation(text.Substring(cue.Start, cue.Length)));

    /// <summary>
    /// When a message tells several things, the one furthest along wins: blocked after taking it, returned after a
    /// pending spell; a stated doubt covers the rest. A plain "taken" outweighs "not taken" ("领了三个，还有两个没人抢");
    /// not answering after taking it is a block, but while it is still pending it is not ("还没收，也不回消息"); a
    /// "taken" only implied by "没退" comes last.
    /// </summary>
    private static RecipientAction? Decide(List<Cue<RecipientAction>> readings, Func<Cue<RecipientAction>, bool> implied, Func<Cue<RecipientAction>, bool> notAnswering)
    {
        bool Has(RecipientAction value, Func<Cue<RecipientAction>, bool> also) => readings.Exists(c => c.Value == value && also(c));
        var silent = Has(RecipientAction.Blocked, notAnswering);
        if (Has(RecipientAction.Blocked, c => !notAnswering(c)))
        {
            return RecipientAction.Blocked;
        }

        if (Has(RecipientAction.Returned, _ => true))
        {
            return RecipientAction.Returned;
        }

        if (Has(RecipientAction.Unknown, c => !c.Weak))
        {
            return RecipientAction.Unknown;
        }

        if (Has(RecipientAction.Accepted, c => !c.Weak && !implied(c)))
        {
            return silent ? RecipientAction.Blocked : RecipientAction.Accepted;
        }

        if (Has(RecipientAction.NotAccepted, _ => true))
        {
            return RecipientAction.NotAccepted;
        }

        if (silent)
        {
            return RecipientAction.Blocked;
        }

        return Has(RecipientAction.Accepted, _ => true) ? RecipientAction.Accepted
            : Has(RecipientAction.Unknown, _ => true) ? RecipientAction.Unknown
            : null;
    }
}
