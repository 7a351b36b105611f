using RecoveryBot.Dialogs.Knowledge.Loading;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Knowledge.Validation;

/// <summary>
/// Safety invariants every plan must keep, whatever the rules say. They come from wechat-facts.md and
/// stop an edit of rules.yaml from, say, offering a red packet a 退还 button or putting the police after
/// a negotiation in a fraud case.
/// </summary>
internal static class PlanSafetyValidator
{
    private const string PoliceReport = "police-report";
    private const string RecallFaceToFace = "recall-face-to-face";
    private const string BewareRecoveryScams = "beware-recovery-scams";
    private const string AskRecipientReturn = "ask-recipient-return";
    private const string AskRecipientLeaveUnopened = "ask-recipient-leave-unopened";
    private const string WaitAutoRefund = "wait-auto-refund";
    private const string Lawsuit = "lawsuit";
    private const string MerchantRefund = "merchant-refund";
    private const string MerchantComplaint = "merchant-complaint";
    private const string CheckStatus = "check-status";

    private static readonly PaymentKind[] RedPackets = [PaymentKind.RedPacket, PaymentKind.GroupRedPacket, PaymentKind.FaceToFaceRedPacket];

    private static readonly IReadOnlyList<(string Name, Func<Situation, DecisionRule, bool> Holds)> Invariants =
    [
        ("a fraud plan must be urgent (F3: a stop-payment only works while the money is still in the first account)",
            (s, r) => s.Reason != Reason.Fraud || r.Urgent),
        ($"a fraud plan must start with {PoliceReport} (only an unclaimed 面对面红包 may be taken back with {RecallFaceToFace} first)",
            (s, r) => s.Reason != Reason.Fraud || r.StepIds[0] == PoliceReport
                || (r.StepIds[0] == RecallFaceToFace && r.StepIds.Count > 1 && r.StepIds[1] == PoliceReport)),
        ($"a fraud plan must end with {BewareRecoveryScams} (G1: recovery services are a second scam)",
            (s, r) => s.Reason != Reason.Fraud || r.StepIds[^1] == BewareRecoveryScams),
        ($"{AskRecipientReturn} (立即退还) exists only for a pending transfer (B2); red packets and other payments have no such button (A4)",
            (s, r) => !r.StepIds.Contains(AskRecipientReturn) || s.Kind == PaymentKind.Transfer),
        ($"{RecallFaceToFace} applies only to a 面对面红包 within 24 hours (A3)",
            (s, r) => !r.StepIds.Contains(RecallFaceToFace) || (s.Kind == PaymentKind.FaceToFaceRedPacket && s.Window == TimeWindow.Within24Hours)),
        ($"{AskRecipientLeaveUnopened} applies only to red packets",
            (s, r) => !r.StepIds.Contains(AskRecipientLeaveUnopened) || IsRedPacket(s.Kind)),
        ($"{WaitAutoRefund} applies only to red packets and transfers within 24 hours (A1, B1; D4: QR payments are never refunded automatically)",
            (s, r) => !r.StepIds.Contains(WaitAutoRefund)
                || ((IsRedPacket(s.Kind) || s.Kind == PaymentKind.Transfer) && s.Window == TimeWindow.Within24Hours)),
        ($"with the time of sending unknown, no step may count from it: {AskRecipientReturn} and {AskRecipientLeaveUnopened} promise the refund 24 hours after sending",
            (s, r) => s.Window is not null || (!r.StepIds.Contains(AskRecipientReturn) && !r.StepIds.Contains(AskRecipientLeaveUnopened))),
        ($"when the kind or the reason is unknown, the plan starts with {CheckStatus} (after {PoliceReport} in a fraud plan): the bill shows what it was",
            (s, r) => (s.Kind is not null && s.Reason is not null)
                || r.StepIds[0] == CheckStatus
                || (s.Reason == Reason.Fraud && r.StepIds.Count > 1 && r.StepIds[1] == CheckStatus)),
        ($"{Lawsuit} must never be the first step",
            (s, r) => r.StepIds[0] != Lawsuit),
        ($"{MerchantRefund} and {MerchantComplaint} apply only to merchant payments (D1, D2; U4: not verified for personal codes)",
            (s, r) => s.Kind == PaymentKind.Merchant || (!r.StepIds.Contains(MerchantRefund) && !r.StepIds.Contains(MerchantComplaint))),
    ];

    private static bool IsRedPacket(PaymentKind? kind) => kind is { } k && RedPackets.Contains(k);

    public static void Check(IReadOnlyList<LocatedRule> rules, KnowledgeErrors errors)
    {
        var reported = new HashSet<(string Rule, string Invariant)>();
        foreach (var situation in Situation.All)
        {
            var located = rules.FirstOrDefault(r => r.Rule.Matches(situation.Kind, situation.Action, situation.Reason, situation.Window));
            if (located is null)
            {
                continue;
            }

            foreach (var (name, holds) in Invariants)
            {
                if (!holds(situation, located.Rule) && reported.Add((located.Rule.Id, name)))
                {
                    errors.Add(RulesLoader.FileName, located.Line, $"rule '{located.Rule.Id}' breaks a safety invariant for {situation}: {name}");
                }
            }
        }
    }
}
