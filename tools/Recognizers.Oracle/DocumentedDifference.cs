using System.Text.RegularExpressions;

namespace RecoveryBot.Recognizers.Oracle;

/// <summary>
/// A known, intended difference from the reference: on <see cref="Field"/> of phrases of <see cref="Family"/> that match
/// <see cref="Phrase"/>, ours reads otherwise, for <see cref="Reason"/> (a bot-policy choice, or a reference error we do
/// not copy).
/// </summary>
public sealed record DocumentedDifference(OracleField Field, string Family, Regex Phrase, string Kind, string Reason)
{
    public bool Covers(OracleDifference difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        return difference.Field == Field && difference.Phrase.Family == Family && Phrase.IsMatch(difference.Phrase.Text);
    }
}
