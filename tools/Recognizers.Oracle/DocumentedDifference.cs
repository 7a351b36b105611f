using System.Text.RegularExpressions;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>How a documented difference comes about.</summary>
public enum DifferenceKind
{
    /// <summary>Ours reads it otherwise on purpose, for the bot (a convention of CONTRACT §3 or the recognizer README).</summary>
    Policy,

    /// <summary>The reference misses a form users write; ours reads it.</summary>
    ReferenceGap,

    /// <summary>The reference reads a wrong value; ours does not copy it.</summary>
    ReferenceError,
}

/// <summary>
/// A known, intended difference from the reference: on <see cref="Field"/>, for phrases whose template family matches
/// <see cref="Family"/> in messages that match <see cref="Message"/>, ours reads otherwise, for <see cref="Reason"/>.
/// </summary>
public sealed record DocumentedDifference(OracleField Field, Regex Family, Regex Message, DifferenceKind Kind, string Reason)
{
    public bool Covers(OracleDifference difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        return difference.Field == Field && Family.IsMatch(difference.Phrase.Family) && Message.IsMatch(difference.Sentence.Text);
    }
}
