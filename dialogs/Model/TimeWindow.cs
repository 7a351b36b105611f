namespace RecoveryBot.Dialogs.Model;

/// <summary>Whether the 24-hour automatic refund window (facts A1, B1) is still open.</summary>
public enum TimeWindow
{
    Within24Hours,
    After24Hours,
}
