namespace RecoveryBot.Dialogs.Model;

/// <summary>What the user sent. Wire names (camelCase) are part of the plan contract in DESIGN.md.</summary>
public enum PaymentKind
{
    RedPacket,
    GroupRedPacket,
    FaceToFaceRedPacket,
    Transfer,
    QrPersonal,
    Merchant,
    BankCard,
}
