namespace RecoveryBot.Dialogs.Knowledge;

/// <summary>How well a fact or a piece of advice is supported (scale of wechat-facts.md).</summary>
public enum Confidence
{
    Low,
    Medium,
    MediumHigh,
    High,
}
