using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Dialogs.Conversation;

/// <summary>Which question about the recipient fits the kind of payment.</summary>
internal enum RecipientQuestion
{
    /// <summary>Red packets and transfers wait for the recipient: "has it been taken?"</summary>
    Pending,

    /// <summary>QR-code and bank-card payments arrive at once: "has it been returned?"</summary>
    Immediate,

    /// <summary>Merchant payments: "has the merchant refunded you?"</summary>
    Merchant,
}

internal static class QuestionFamily
{
    public static RecipientQuestion For(PaymentKind? kind) => kind switch
    {
        PaymentKind.QrPersonal or PaymentKind.BankCard => RecipientQuestion.Immediate,
        PaymentKind.Merchant => RecipientQuestion.Merchant,
        _ => RecipientQuestion.Pending,
    };

    public static string KeySuffix(PaymentKind? kind) => kind switch
    {
        PaymentKind.RedPacket or PaymentKind.GroupRedPacket or PaymentKind.FaceToFaceRedPacket => "redPacket",
        PaymentKind.QrPersonal or PaymentKind.BankCard => "immediate",
        PaymentKind.Merchant => "merchant",
        _ => "transfer",
    };

    /// <summary>Kinds with a 24-hour automatic refund, for which the hour of sending matters.</summary>
    public static bool HasAutomaticRefund(PaymentKind? kind) =>
        kind is PaymentKind.RedPacket or PaymentKind.GroupRedPacket or PaymentKind.FaceToFaceRedPacket or PaymentKind.Transfer;
}
