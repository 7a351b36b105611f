namespace RecoveryBot.Dialogs.Model;

/// <summary>
/// The parts of the situation the user could not tell (said "不知道"/"skip", or no answer fitted after
/// the question was explained). A plan is still built; it starts by looking the payment up in the bill.
/// What the recipient did has its own <see cref="RecipientAction.Unknown"/>.
/// </summary>
[Flags]
public enum UnknownSlots
{
    None = 0,
    Kind = 1,

    /// <summary>Not even the day is known: no deadline counted from sending can be given.</summary>
    SentAt = 2,

    /// <summary>The day is known, the hour is not: whether 24 hours have passed may be unclear.</summary>
    TimeOfDay = 4,
    Amount = 8,
    Reason = 16,
}
