using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Knowledge;

public class RuleCoverageTests
{
    public static TheoryData<PaymentKind, RecipientAction, Reason, TimeWindow> AllSituations()
    {
        var data = new TheoryData<PaymentKind, RecipientAction, Reason, TimeWindow>();
        foreach (var kind in Enum.GetValues<PaymentKind>())
        {
            foreach (var action in Enum.GetValues<RecipientAction>())
            {
                foreach (var reason in Enum.GetValues<Reason>())
                {
                    foreach (var window in Enum.GetValues<TimeWindow>())
                    {
                        data.Add(kind, action, reason, window);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllSituations))]
    public void EverySituation_HasAPlanOfExistingSteps(PaymentKind kind, RecipientAction action, Reason reason, TimeWindow window)
    {
        var rule = RealKnowledge.Base.MatchRule(kind, action, reason, window);

        Assert.NotEmpty(rule.StepIds);
        Assert.All(rule.StepIds, id => Assert.Contains(id, RealKnowledge.Base.Steps.Keys));
        Assert.Equal(rule.StepIds.Count, rule.StepIds.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllSituations))]
    public void EverySituation_KeepsTheSafetyInvariants(PaymentKind kind, RecipientAction action, Reason reason, TimeWindow window)
    {
        var steps = RealKnowledge.Base.MatchRule(kind, action, reason, window).StepIds;
        var isRedPacket = kind is PaymentKind.RedPacket or PaymentKind.GroupRedPacket or PaymentKind.FaceToFaceRedPacket;

        Assert.NotEqual("lawsuit", steps[0]);
        if (steps.Contains("ask-recipient-return"))
        {
            Assert.Equal(PaymentKind.Transfer, kind);
        }

        if (steps.Contains("recall-face-to-face"))
        {
            Assert.Equal(PaymentKind.FaceToFaceRedPacket, kind);
        }

        if (steps.Contains("wait-auto-refund"))
        {
            Assert.True(isRedPacket || kind == PaymentKind.Transfer);
            Assert.Equal(TimeWindow.Within24Hours, window);
        }

        if (reason == Reason.Fraud)
        {
            Assert.Equal("beware-recovery-scams", steps[^1]);
            Assert.Equal("police-report", steps[0] == "recall-face-to-face" ? steps[1] : steps[0]);
        }
        else
        {
            Assert.DoesNotContain("beware-recovery-scams", steps);
        }
    }

    [Fact]
    public void EveryRule_CitesTheMatrix()
    {
        Assert.All(RealKnowledge.Base.Rules, rule => Assert.Matches("M[1-7]", rule.Matrix));
    }

    [Fact]
    public void FraudRules_AreUrgent_OthersAreNot()
    {
        foreach (var rule in RealKnowledge.Base.Rules)
        {
            Assert.Equal(rule.Reasons.SequenceEqual([Reason.Fraud]), rule.Urgent);
        }
    }
}

public class UnclearSituationRuleTests
{
    public static TheoryData<PaymentKind?, RecipientAction, Reason?, TimeWindow?> UnclearSituations()
    {
        var data = new TheoryData<PaymentKind?, RecipientAction, Reason?, TimeWindow?>();
        foreach (var kind in Enum.GetValues<PaymentKind>().Select(k => (PaymentKind?)k).Append(null))
        {
            foreach (var action in Enum.GetValues<RecipientAction>())
            {
                foreach (var reason in Enum.GetValues<Reason>().Select(r => (Reason?)r).Append(null))
                {
                    foreach (var window in Enum.GetValues<TimeWindow>().Select(w => (TimeWindow?)w).Append(null))
                    {
                        if (kind is null || reason is null || window is null)
                        {
                            data.Add(kind, action, reason, window);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnclearSituations))]
    public void AnUnclearSituation_StillHasAPlan_ThatClaimsNothingItCannotKnow(PaymentKind? kind, RecipientAction action, Reason? reason, TimeWindow? window)
    {
        var steps = RealKnowledge.Base.MatchRule(kind, action, reason, window).StepIds;

        Assert.NotEmpty(steps);
        if (window is null)
        {
            Assert.DoesNotContain("wait-auto-refund", steps);
            Assert.DoesNotContain("recall-face-to-face", steps);
            Assert.DoesNotContain("ask-recipient-return", steps);
            Assert.DoesNotContain("ask-recipient-leave-unopened", steps);
        }

        if (kind is null || reason is null)
        {
            Assert.Equal("check-status", reason == Reason.Fraud ? steps[1] : steps[0]);
            Assert.DoesNotContain("merchant-refund", steps);
            Assert.DoesNotContain("ask-recipient-return", steps);
        }

        if (reason == Reason.Fraud)
        {
            Assert.Equal("police-report", steps[0]);
            Assert.Equal("beware-recovery-scams", steps[^1]);
        }
    }
}
