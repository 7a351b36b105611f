namespace RecoveryBot.Dialogs.Model;

/// <summary>How what a later message says about the mistake combines with what was known.</summary>
public static class MistakeDetails
{
    /// <summary>
    /// A later message replaces the detail unless it says less: "金额输错了" after "多付了房租" does not undo what the
    /// payment was for, and nothing replaces a detail with "not said".
    /// </summary>
    public static bool Refines(MistakeDetail known, MistakeDetail found) => found switch
    {
        MistakeDetail.Unspecified => false,
        MistakeDetail.WrongAmount => known is MistakeDetail.Unspecified or MistakeDetail.WrongRecipient,
        _ => true,
    };
}
