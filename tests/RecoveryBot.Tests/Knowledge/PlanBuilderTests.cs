using RecoveryBot.Dialogs.Knowledge;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Knowledge;

public class PlanBuilderTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset SentAt = new(2026, 11, 22, 20, 15, 0, Beijing);
    private static readonly DateTimeOffset ThreeHoursLater = SentAt.AddHours(3).ToUniversalTime();
    private static readonly DateTimeOffset TwoDaysLater = SentAt.AddDays(2).ToUniversalTime();

    private readonly PlanBuilder builder = new(RealKnowledge.Base);

    [Fact]
    public void Transfer_NotAcceptedWithin24h_Mistake_AsksRecipientToTapReturnThenWaits()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.NotAccepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal(["ask-recipient-return", "wait-auto-refund", "check-status", "customer-service"], Ids(plan));
        Assert.False(plan.Urgent);
    }

    [Fact]
    public void WaitAutoRefund_IsDue24HoursAfterSending_InTheSendersOffset()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.NotAccepted, Reason.Mistake, ThreeHoursLater);

        var due = plan.Steps.Single(s => s.Step.Id == "wait-auto-refund").Due;

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 20, 15, 0, Beijing), due);
        Assert.Equal(Beijing, due!.Value.Offset);
    }

    [Fact]
    public void PoliceReport_IsDueNow_InTheSendersOffset()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.Accepted, Reason.Fraud, ThreeHoursLater);

        var due = plan.Steps[0].Due;

        Assert.Equal(ThreeHoursLater, due);
        Assert.Equal(Beijing, due!.Value.Offset);
    }

    [Fact]
    public void Lawsuit_IsDueThreeCalendarYearsAfterSending()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.Accepted, Reason.Mistake, TwoDaysLater);

        Assert.Equal(new DateTimeOffset(2029, 11, 22, 20, 15, 0, Beijing), plan.Steps.Single(s => s.Step.Id == "lawsuit").Due);
    }

    [Fact]
    public void StepsWithoutADueTime_HaveNone()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.Accepted, Reason.Mistake, TwoDaysLater);

        Assert.Null(plan.Steps.Single(s => s.Step.Id == "preserve-evidence").Due);
    }

    [Fact]
    public void Transfer_NotAcceptedAfter24h_ChecksStatusThenCustomerService()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.NotAccepted, Reason.Mistake, TwoDaysLater);

        Assert.Equal(["check-status", "customer-service"], Ids(plan));
    }

    [Fact]
    public void Transfer_Accepted_Mistake_AsksInWritingThenEvidenceCustomerServiceLawsuit()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.Accepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal(["ask-recipient-send-back", "preserve-evidence", "customer-service", "lawsuit"], Ids(plan));
    }

    [Fact]
    public void Transfer_NotAcceptedWithin24h_Fraud_IsUrgentPoliceThenCustomerService()
    {
        var plan = Build(PaymentKind.Transfer, RecipientAction.NotAccepted, Reason.Fraud, ThreeHoursLater);

        Assert.True(plan.Urgent);
        Assert.Equal(["police-report", "customer-service", "report-account", "preserve-evidence", "wait-auto-refund", "beware-recovery-scams"], Ids(plan));
    }

    [Theory]
    [InlineData(PaymentKind.RedPacket, RecipientAction.Accepted)]
    [InlineData(PaymentKind.GroupRedPacket, RecipientAction.Accepted)]
    [InlineData(PaymentKind.Transfer, RecipientAction.Accepted)]
    [InlineData(PaymentKind.Transfer, RecipientAction.Blocked)]
    [InlineData(PaymentKind.QrPersonal, RecipientAction.Accepted)]
    [InlineData(PaymentKind.Merchant, RecipientAction.Accepted)]
    [InlineData(PaymentKind.BankCard, RecipientAction.Unknown)]
    [InlineData(PaymentKind.Transfer, RecipientAction.Returned)]
    public void FraudPlans_StartWithPoliceAndEndWithTheRecoveryScamWarning(PaymentKind kind, RecipientAction action)
    {
        foreach (var now in new[] { ThreeHoursLater, TwoDaysLater })
        {
            var plan = Build(kind, action, Reason.Fraud, now);

            Assert.True(plan.Urgent);
            Assert.Equal("police-report", plan.Steps[0].Step.Id);
            Assert.Equal("beware-recovery-scams", plan.Steps[^1].Step.Id);
        }
    }

    [Theory]
    [InlineData(Reason.Mistake)]
    [InlineData(Reason.MerchantDispute)]
    [InlineData(Reason.Fraud)]
    public void FaceToFace_NotClaimed_RecallsFirst(Reason reason)
    {
        var plan = Build(PaymentKind.FaceToFaceRedPacket, RecipientAction.NotAccepted, reason, ThreeHoursLater);

        Assert.Equal("recall-face-to-face", plan.Steps[0].Step.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 20, 15, 0, Beijing), plan.Steps[0].Due);
    }

    [Fact]
    public void FaceToFace_NotClaimed_Fraud_RecallsThenCallsThePolice()
    {
        var plan = Build(PaymentKind.FaceToFaceRedPacket, RecipientAction.NotAccepted, Reason.Fraud, ThreeHoursLater);

        Assert.Equal("police-report", plan.Steps[1].Step.Id);
        Assert.True(plan.Urgent);
    }

    [Fact]
    public void FaceToFace_NotClaimedAfter24h_ChecksTheAutomaticRefund()
    {
        var plan = Build(PaymentKind.FaceToFaceRedPacket, RecipientAction.NotAccepted, Reason.Mistake, TwoDaysLater);

        Assert.Equal(["check-status", "customer-service"], Ids(plan));
    }

    [Fact]
    public void RedPacket_UnopenedWithin24h_Mistake_AsksNotToOpenThenWaits()
    {
        var plan = Build(PaymentKind.RedPacket, RecipientAction.NotAccepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal(["ask-recipient-leave-unopened", "wait-auto-refund", "check-status", "customer-service"], Ids(plan));
    }

    [Fact]
    public void RedPacket_Opened_Mistake_AsksForATransferBack_NeverARefundButton()
    {
        var plan = Build(PaymentKind.RedPacket, RecipientAction.Accepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal(["ask-recipient-send-back", "preserve-evidence", "customer-service", "lawsuit"], Ids(plan));
        Assert.DoesNotContain("ask-recipient-return", Ids(plan));
    }

    [Theory]
    [InlineData(PaymentKind.RedPacket)]
    [InlineData(PaymentKind.GroupRedPacket)]
    [InlineData(PaymentKind.FaceToFaceRedPacket)]
    public void RedPackets_NeverGetTheReturnButtonStep(PaymentKind kind)
    {
        foreach (var action in Enum.GetValues<RecipientAction>())
        {
            foreach (var reason in Enum.GetValues<Reason>())
            {
                foreach (var now in new[] { ThreeHoursLater, TwoDaysLater })
                {
                    var ids = Ids(Build(kind, action, reason, now));

                    Assert.DoesNotContain("ask-recipient-return", ids);
                    Assert.NotEqual("lawsuit", ids[0]);
                }
            }
        }
    }

    [Fact]
    public void GroupRedPacket_Within24h_Mistake_PostsInTheGroupWaitsAndListsClaimants()
    {
        var plan = Build(PaymentKind.GroupRedPacket, RecipientAction.Accepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal(["ask-recipient-leave-unopened", "wait-auto-refund", "preserve-evidence", "ask-recipient-send-back", "customer-service"], Ids(plan));
    }

    [Fact]
    public void GroupRedPacket_After24h_ChecksRemainderThenPursuesClaimants()
    {
        var plan = Build(PaymentKind.GroupRedPacket, RecipientAction.Accepted, Reason.Mistake, TwoDaysLater);

        Assert.Equal(["check-status", "ask-recipient-send-back", "preserve-evidence", "customer-service", "lawsuit"], Ids(plan));
    }

    [Theory]
    [InlineData(RecipientAction.Accepted)]
    [InlineData(RecipientAction.Blocked)]
    public void Merchant_Dispute_RefundComplaintCustomerService12315Lawsuit(RecipientAction action)
    {
        var plan = Build(PaymentKind.Merchant, action, Reason.MerchantDispute, TwoDaysLater);

        Assert.Equal(["merchant-refund", "merchant-complaint", "customer-service", "consumer-complaint-12315", "lawsuit"], Ids(plan));
    }

    [Fact]
    public void Merchant_NotAccepted_Mistake_ChecksTheBillFirst()
    {
        var plan = Build(PaymentKind.Merchant, RecipientAction.NotAccepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal("check-status", plan.Steps[0].Step.Id);
        Assert.Equal("merchant-refund", plan.Steps[1].Step.Id);
    }

    [Fact]
    public void Merchant_Fraud_PoliceThenMerchantComplaint()
    {
        var plan = Build(PaymentKind.Merchant, RecipientAction.Accepted, Reason.Fraud, ThreeHoursLater);

        Assert.Equal(["police-report", "merchant-complaint", "report-account", "consumer-complaint-12315", "beware-recovery-scams"], Ids(plan));
    }

    [Fact]
    public void QrPersonal_Mistake_AsksPayeeThenEvidenceCustomerServiceLawsuit()
    {
        var plan = Build(PaymentKind.QrPersonal, RecipientAction.Accepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal(["ask-recipient-send-back", "preserve-evidence", "customer-service", "lawsuit"], Ids(plan));
    }

    [Fact]
    public void QrPersonal_SellerDispute_AsksSellerThen12315()
    {
        var plan = Build(PaymentKind.QrPersonal, RecipientAction.Accepted, Reason.MerchantDispute, ThreeHoursLater);

        Assert.Equal(["ask-seller-refund", "preserve-evidence", "consumer-complaint-12315", "customer-service", "lawsuit"], Ids(plan));
    }

    [Fact]
    public void BankCard_ReachedSomeoneElse_CustomerServiceEvidenceLawsuit()
    {
        var plan = Build(PaymentKind.BankCard, RecipientAction.Accepted, Reason.Mistake, ThreeHoursLater);

        Assert.Equal(["customer-service", "preserve-evidence", "lawsuit"], Ids(plan));
    }

    [Fact]
    public void BankCard_Fraud_PoliceEvidenceWarning()
    {
        var plan = Build(PaymentKind.BankCard, RecipientAction.Accepted, Reason.Fraud, ThreeHoursLater);

        Assert.Equal(["police-report", "preserve-evidence", "beware-recovery-scams"], Ids(plan));
    }

    [Theory]
    [InlineData(PaymentKind.Transfer)]
    [InlineData(PaymentKind.RedPacket)]
    [InlineData(PaymentKind.Merchant)]
    [InlineData(PaymentKind.BankCard)]
    public void Returned_ChecksThatTheMoneyArrived(PaymentKind kind)
    {
        var plan = Build(kind, RecipientAction.Returned, Reason.Mistake, ThreeHoursLater);

        Assert.Equal("check-status", plan.Steps[0].Step.Id);
    }

    [Theory]
    [InlineData(PaymentKind.Transfer)]
    [InlineData(PaymentKind.RedPacket)]
    public void Unknown_Mistake_ChecksStatusFirst(PaymentKind kind)
    {
        Assert.Equal("check-status", Build(kind, RecipientAction.Unknown, Reason.Mistake, ThreeHoursLater).Steps[0].Step.Id);
        Assert.Equal("check-status", Build(kind, RecipientAction.Unknown, Reason.Mistake, TwoDaysLater).Steps[0].Step.Id);
    }

    [Theory]
    [InlineData(23.99, TimeWindow.Within24Hours)]
    [InlineData(24, TimeWindow.After24Hours)]
    [InlineData(-1, TimeWindow.Within24Hours)]
    public void WindowOf_Is24HoursAfterSending(double hours, TimeWindow expected)
    {
        Assert.Equal(expected, PlanBuilder.WindowOf(SentAt, SentAt.AddHours(hours)));
    }

    [Fact]
    public void PlanStepText_UsesTheVariantForTheKind()
    {
        var step = RealKnowledge.Base.Steps["wait-auto-refund"];

        Assert.Contains("收款", step.TextFor(Language.ZhCn, PaymentKind.Transfer).Summary, StringComparison.Ordinal);
        Assert.Contains("红包", step.TextFor(Language.ZhCn, PaymentKind.RedPacket).Summary, StringComparison.Ordinal);
        Assert.Contains("group", step.TextFor(Language.EnUs, PaymentKind.GroupRedPacket).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Variant_FallsBackToTheDefaultForFieldsItLeavesOut()
    {
        var step = RealKnowledge.Base.Steps["wait-auto-refund"];

        Assert.Equal(step.TextFor(Language.EnUs).Title, step.TextFor(Language.EnUs, PaymentKind.Transfer).Title);
    }

    [Fact]
    public void StepText_FillsPlaceholders()
    {
        var text = RealKnowledge.Base.Steps["ask-recipient-return"].TextFor(Language.ZhCn, PaymentKind.Transfer).Fill(new Dictionary<string, string>
        {
            ["amount"] = "500 元", ["sentAt"] = "今天 20:15", ["refundAt"] = "明天 20:15", ["due"] = "明天 20:15",
        });

        Assert.Contains("500 元", text.Script, StringComparison.Ordinal);
        Assert.Contains("明天 20:15", text.IfFails, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text.Instructions + text.Script + text.IfFails + text.Expect + text.Why, StringComparison.Ordinal);
    }

    private RecoveryPlan Build(PaymentKind kind, RecipientAction action, Reason reason, DateTimeOffset now) =>
        builder.Build(kind, action, reason, SentAt, now);

    private static string[] Ids(RecoveryPlan plan) => [.. plan.Steps.Select(s => s.Step.Id)];
}
